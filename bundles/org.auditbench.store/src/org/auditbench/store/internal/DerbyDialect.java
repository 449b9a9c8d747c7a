package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.auditbench.store.InputRefusedException;

/**
 * Embedded Apache Derby in the folder {@code db} of a data directory. The driver is instantiated directly instead of through DriverManager: inside
 * OSGi the embedded jars are not visible to DriverManager's class loader.
 */
public final class DerbyDialect implements Dialect {

    private static final String DATABASE_NOT_BOOTED = "08006";
    private static final String WRONG_BOOT_PASSWORD = "XBM06";
    private static final String BOOTED_ELSEWHERE = "XSDB6";
    private static final String LOG = "derby.log";

    private static EmbeddedDriver driver;

    private static synchronized EmbeddedDriver driver(Path logFolder) {
        if (driver == null) {
            // Derby writes its log into the working directory unless told otherwise.
            defaultProperty("derby.stream.error.file", logFolder.resolve(LOG).toString());
            // Derby writes its transaction log synchronously buffer by buffer; the default 32 KB buffer
            // makes a large save wait for thousands of synced writes. Commits still force the log.
            defaultProperty("derby.storage.logBufferSize", String.valueOf(1 << 20));
            // Identity columns draw their values in blocks, each block a synced commit of its own; with the
            // default block of 100 a bulk save waits for a disk sync every 100 rows. A crash merely skips
            // the rest of a block (gaps in ids).
            defaultProperty("derby.language.sequence.preallocator", "10000");
            // Not a default to override: every file Derby creates (database, log, backup) is the user's alone.
            System.setProperty("derby.storage.useDefaultFilePermissions", "false");
            driver = new EmbeddedDriver();
        }
        return driver;
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    public boolean exists(Path databaseFolder) {
        return DerbyEncryption.exists(databaseFolder);
    }

    public boolean encrypted(Path databaseFolder) {
        try {
            return exists(databaseFolder) && DerbyEncryption.encrypted(databaseFolder);
        } catch (SQLException e) {
            return false; // unreadable: booting it will say what is wrong
        }
    }

    public Connection create(Path databaseFolder, String bootPassword) throws SQLException {
        Properties attributes = bootPassword == null || bootPassword.isEmpty() ? new Properties()
                : DerbyEncryption.encrypting(bootPassword);
        attributes.setProperty("create", "true");
        return open(databaseFolder, attributes);
    }

    public Connection boot(Path databaseFolder, String bootPassword) throws SQLException {
        boolean password = bootPassword != null && !bootPassword.isEmpty();
        Path renewal = DerbyEncryption.renewalMark(databaseFolder);
        if (!DerbyEncryption.encrypted(databaseFolder)) {
            if (password && Files.exists(renewal)) {
                return encrypt(databaseFolder, bootPassword, renewal); // finish a renewal interrupted after decrypting
            }
            if (password) {
                throw new InputRefusedException("the database " + databaseFolder
                        + " is not encrypted: open it without a password (a password here would protect nothing)");
            }
            return open(databaseFolder, new Properties());
        }
        if (password && !DerbyEncryption.current(databaseFolder)) {
            return renew(databaseFolder, bootPassword, renewal);
        }
        return open(databaseFolder, credentials(bootPassword));
    }

    public Connection read(Path databaseFolder, String bootPassword) throws SQLException {
        return open(databaseFolder, credentials(bootPassword));
    }

    /** Re-encrypts an older (DES) database with AES: decrypt, then encrypt, marked while under way. */
    private Connection renew(Path databaseFolder, String bootPassword, Path renewal) throws SQLException {
        try {
            Files.deleteIfExists(renewal);
            Files.createFile(renewal, OwnerOnly.file());
        } catch (IOException e) {
            throw new SQLException("cannot mark the renewal of the encryption in " + renewal + ": " + e.getMessage(), e);
        }
        try {
            open(databaseFolder, DerbyEncryption.decrypting(bootPassword)).close();
        } catch (SQLException e) {
            deleteMark(renewal);
            throw e;
        }
        shutdown(databaseFolder);
        return encrypt(databaseFolder, bootPassword, renewal);
    }

    private Connection encrypt(Path databaseFolder, String bootPassword, Path renewal) throws SQLException {
        Connection connection = open(databaseFolder, DerbyEncryption.encrypting(bootPassword));
        deleteMark(renewal);
        return connection;
    }

    private static void deleteMark(Path renewal) throws SQLException {
        try {
            Files.deleteIfExists(renewal);
        } catch (IOException e) {
            throw new SQLException("cannot remove " + renewal + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path databaseFolder, Properties attributes) throws SQLException {
        Connection connection = driver(databaseFolder.getParent())
                .connect("jdbc:derby:" + databaseFolder.toAbsolutePath(), attributes);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    public List<Path> files(Path databaseFolder) {
        return List.of(databaseFolder, databaseFolder.resolveSibling(LOG));
    }

    public void shutdown(Path databaseFolder) {
        try {
            driver(databaseFolder.getParent()).connect("jdbc:derby:" + databaseFolder.toAbsolutePath() + ";shutdown=true",
                    new Properties());
        } catch (SQLException e) {
            if (!DATABASE_NOT_BOOTED.equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down " + databaseFolder + ": " + describe(e), e);
            }
        }
    }

    public void backup(Connection connection, Path directory) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, directory.toAbsolutePath().toString());
            call.execute();
        }
    }

    public Path backupFolder(Path directory) {
        // Derby names the copy after the database folder.
        return directory.resolve(Database.FOLDER);
    }

    @Override
    public void verify(Connection connection, String table) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(CURRENT SCHEMA, ?)")) {
            check.setString(1, table.toUpperCase(Locale.ROOT));
            check.executeQuery().close();
        }
    }

    @Override
    public String expand(String sql) {
        return sql.replace("${text}", "CLOB").replace("${bytes}", "BLOB");
    }

    @Override
    public void lockSchema(Connection connection) {
        // Nothing to do: the data directory's lock admits one process, and a store runs one transaction at a time.
    }

    @Override
    public boolean batchReturnsIds() {
        return false;
    }

    @Override
    public Failure classify(SQLException e) {
        if (Dialect.hasState(e, Set.of(WRONG_BOOT_PASSWORD))) {
            return Failure.WRONG_PASSWORD;
        }
        return Dialect.hasState(e, Set.of(BOOTED_ELSEWHERE)) ? Failure.IN_USE : Failure.OTHER;
    }

    /** The boot password as connection attributes (none when there is no password). */
    static Properties credentials(String bootPassword) {
        Properties properties = new Properties();
        if (bootPassword != null && !bootPassword.isEmpty()) {
            properties.setProperty("bootPassword", bootPassword);
        }
        return properties;
    }
}
