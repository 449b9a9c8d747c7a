package org.auditbench.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Embedded Apache Derby. The driver is instantiated directly instead of through DriverManager: inside
 * OSGi the embedded jars are not visible to DriverManager's class loader.
 */
public final class DerbyDialect implements Dialect {

    private static final String DATABASE_NOT_BOOTED = "08006";
    private static final String WRONG_BOOT_PASSWORD = "XBM06";
    private static final String BOOTED_ELSEWHERE = "XSDB6";

    private static EmbeddedDriver driver;

    private static synchronized EmbeddedDriver driver(Path logFolder) {
        if (driver == null) {
            // Derby writes its log into the working directory unless told otherwise.
            defaultProperty("derby.stream.error.file", logFolder.resolve("derby.log").toString());
            // Derby writes its transaction log synchronously buffer by buffer; the default 32 KB buffer
            // makes a large save wait for thousands of synced writes. Commits still force the log.
            defaultProperty("derby.storage.logBufferSize", String.valueOf(1 << 20));
            // Identity columns draw their values in blocks, each block a synced commit of its own; with the
            // default block of 100 a bulk save waits for a disk sync every 100 rows. A crash merely skips
            // the rest of a block (gaps in ids).
            defaultProperty("derby.language.sequence.preallocator", "10000");
            driver = new EmbeddedDriver();
        }
        return driver;
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    @Override
    public Connection connect(Path databaseFolder, String bootPassword) throws SQLException {
        Properties attributes = Dialect.credentials(bootPassword);
        if (!Files.exists(databaseFolder.resolve("service.properties"))) {
            attributes.setProperty("create", "true");
            if (attributes.containsKey("bootPassword")) {
                attributes.setProperty("dataEncryption", "true");
            }
        }
        return open(databaseFolder, attributes);
    }

    @Override
    public Connection restore(Path databaseFolder, Path backupFolder, String bootPassword) throws SQLException {
        Properties attributes = Dialect.credentials(bootPassword);
        attributes.setProperty("restoreFrom", backupFolder.toAbsolutePath().toString());
        return open(databaseFolder, attributes);
    }

    private static Connection open(Path databaseFolder, Properties attributes) throws SQLException {
        Connection connection = driver(databaseFolder.getParent())
                .connect("jdbc:derby:" + databaseFolder.toAbsolutePath(), attributes);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    @Override
    public void shutdown(Path databaseFolder) {
        try {
            driver(databaseFolder.getParent()).connect("jdbc:derby:" + databaseFolder.toAbsolutePath() + ";shutdown=true",
                    new Properties());
        } catch (SQLException e) {
            if (!DATABASE_NOT_BOOTED.equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down " + databaseFolder + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void backup(Connection connection, Path directory) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, directory.toAbsolutePath().toString());
            call.execute();
        }
    }

    @Override
    public Path backupFolder(Path directory) {
        // Derby names the copy after the database folder.
        return directory.resolve(Database.FOLDER);
    }

    @Override
    public String expand(String sql) {
        return sql.replace("${text}", "CLOB").replace("${bytes}", "BLOB");
    }

    @Override
    public Failure classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (WRONG_BOOT_PASSWORD.equals(n.getSQLState())) {
                        return Failure.WRONG_PASSWORD;
                    }
                    if (BOOTED_ELSEWHERE.equals(n.getSQLState())) {
                        return Failure.IN_USE;
                    }
                }
            }
        }
        return Failure.OTHER;
    }
}
