package org.auditbench.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Everything that differs between database products. The schema scripts use portable SQL with
 * placeholders for the few types that differ ({@code ${text}}, {@code ${bytes}}); everything else about
 * connecting, encryption, backing up, checking and reading error codes lives behind this interface, so a
 * shared PostgreSQL server can follow with a second implementation.
 */
public interface Dialect {

    /** How a connection attempt failed, as far as the user can do something about it. */
    enum Failure {
        WRONG_PASSWORD, IN_USE, OTHER
    }

    /** Whether {@code databaseFolder} holds a database (maybe a damaged one). */
    boolean exists(Path databaseFolder);

    /** Whether the database in {@code databaseFolder} is encrypted (it then needs its boot password). */
    boolean encrypted(Path databaseFolder);

    /** Creates the database in {@code databaseFolder}, encrypted when a boot password is given. */
    Connection create(Path databaseFolder, String bootPassword) throws SQLException;

    /**
     * Opens the existing database in {@code databaseFolder} to work on it: a password is required by an
     * encrypted database and refused by an unencrypted one; outdated encryption is renewed.
     */
    Connection boot(Path databaseFolder, String bootPassword) throws SQLException;

    /** Opens the existing database in {@code databaseFolder} as it is, only to read it. */
    Connection read(Path databaseFolder, String bootPassword) throws SQLException;

    /** The files and folders the database consists of on disk (its folder, its log). */
    List<Path> files(Path databaseFolder);

    /** Releases the database after its connection was closed (files unlocked, caches written). */
    void shutdown(Path databaseFolder);

    /** Writes a consistent copy of the open database below {@code directory} while it stays usable. */
    void backup(Connection connection, Path directory) throws SQLException;

    /** The folder a backup below {@code directory} has put the database into. */
    Path backupFolder(Path directory);

    /** Reads all of {@code table} (rows and indexes) and fails when any of it is damaged or missing. */
    void verify(Connection connection, String table) throws SQLException;

    /** Replaces the dialect placeholders of a schema script. */
    String expand(String sql);

    Failure classify(SQLException e);

    /** What went wrong, from the whole chain of {@code e} (the causes, not only the outermost wrapper). */
    String describe(SQLException e);

    static Properties credentials(String bootPassword) {
        Properties properties = new Properties();
        if (bootPassword != null && !bootPassword.isEmpty()) {
            properties.setProperty("bootPassword", bootPassword);
        }
        return properties;
    }
}
