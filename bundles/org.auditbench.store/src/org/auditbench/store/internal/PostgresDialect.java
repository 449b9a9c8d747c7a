package org.auditbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.auditbench.store.InputRefusedException;
import org.postgresql.Driver;

/**
 * A shared PostgreSQL server (15 or newer), reached by a JDBC URL such as
 * {@code jdbc:postgresql://HOST:PORT/DB?user=NAME&sslmode=verify-full}; the URL's parameters (TLS
 * among them) go to the driver unchanged. The driver is instantiated directly, not through
 * DriverManager, which does not see other bundles' drivers inside OSGi.
 */
public final class PostgresDialect implements Dialect {

    public static final String URL_PREFIX = "jdbc:postgresql:";

    /** What a backup of a server's store is made with instead of the store's own file backup. */
    public static final String BACKUP_HINT = "the store is on a PostgreSQL server: back it up there with"
            + " pg_dump --format=custom --file=auditbench.dump DB and restore with pg_restore --dbname=DB auditbench.dump"
            + " (see the README, Team mode); nothing was written";

    /** invalid_password, invalid_authorization_specification, and the driver's "no password given". */
    private static final Set<String> LOGIN_REFUSED = Set.of("28P01", "28000", "08004");
    /** Any number, as long as every client takes the same one. */
    private static final long SCHEMA_LOCK = 0x417564_6974L;
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

    @Override
    public void verify(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
        }
    }

    @Override
    public String expand(String sql) {
        return sql.replace("${text}", "TEXT").replace("${bytes}", "BYTEA");
    }

    @Override
    public void lockSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
        }
    }

    @Override
    public Failure classify(SQLException e) {
        return Dialect.hasState(e, LOGIN_REFUSED) ? Failure.WRONG_PASSWORD : Failure.OTHER;
    }

    @Override
    public boolean batchReturnsIds() {
        return true;
    }

    /** Opens a connection to the server's database at {@code url}, logging in with {@code password} (may be null). */
    public Connection connect(String url, String password) throws SQLException {
        requireServerUrl(url);
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "Auditbench");
        // Batches go to the server as multi-row INSERTs: a 100,000-row scan run in a few hundred statements.
        properties.setProperty("reWriteBatchedInserts", "true");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new InputRefusedException("not a PostgreSQL JDBC URL: " + place(url));
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    /** The user the connection is logged in as; closes the connection when even that fails. */
    String login(Connection connection) throws SQLException {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Refuses anything but a PostgreSQL URL, naming what was given (without a password in it). */
    public static void requireServerUrl(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            throw new InputRefusedException("the database URL must begin with " + URL_PREFIX
                    + "//HOST:PORT/DB (e.g. jdbc:postgresql://db.example:5432/auditbench?user=erika), got: " + place(url));
        }
    }

    /** The URL as messages and logs may show it: a password given in it is blanked. */
    public static String place(String url) {
        return url == null ? "nothing" : PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }
}
