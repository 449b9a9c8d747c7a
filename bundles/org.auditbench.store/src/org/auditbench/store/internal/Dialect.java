package org.auditbench.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Everything that differs between database products. The schema scripts use portable SQL with
 * placeholders for the few types that differ ({@code ${text}}, {@code ${bytes}}); everything else about
 * connecting, backing up and reading error codes lives behind this interface, so a shared PostgreSQL
 * server can follow with a second implementation.
 */
public interface Dialect {

    /** How a connection attempt failed, as far as the user can do something about it. */
    enum Failure {
        WRONG_PASSWORD, IN_USE, OTHER
    }

    /** Opens (and creates when missing) the database in {@code databaseFolder}. */
    Connection connect(Path databaseFolder, String bootPassword) throws SQLException;

    /** Replaces the database in {@code databaseFolder} with the backup in {@code backupFolder} and opens it. */
    Connection restore(Path databaseFolder, Path backupFolder, String bootPassword) throws SQLException;

    /** Releases the database after its connection was closed (files unlocked, caches written). */
    void shutdown(Path databaseFolder);

    /** Writes a consistent copy of the open database below {@code directory} while it stays usable. */
    void backup(Connection connection, Path directory) throws SQLException;

    /** The folder a backup below {@code directory} has put the database into. */
    Path backupFolder(Path directory);

    /** Replaces the dialect placeholders of a schema script. */
    String expand(String sql);

    Failure classify(SQLException e);

    static Properties credentials(String bootPassword) {
        Properties properties = new Properties();
        if (bootPassword != null && !bootPassword.isEmpty()) {
            properties.setProperty("bootPassword", bootPassword);
        }
        return properties;
    }
}
