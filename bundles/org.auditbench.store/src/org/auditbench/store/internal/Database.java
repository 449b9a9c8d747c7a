package org.auditbench.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.store.StoreException;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;

/**
 * The one connection of a store. Every unit of work runs as one transaction, one at a time (the store's
 * single-writer rule within a process; the database's file lock keeps other processes out).
 */
public final class Database implements AutoCloseable {

    /** The database folder below the data directory. */
    public static final String FOLDER = "db";

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Folders open in this process: Derby lets one JVM connect twice, the single-writer rule does not. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    /** One change inside a transaction. */
    @FunctionalInterface
    public interface Change {
        void run(Tx tx) throws SQLException;
    }

    private final Dialect dialect;
    private final Path folder;
    private Connection connection;
    private volatile String actor;

    private Database(Dialect dialect, Path folder, Connection connection, String actor) {
        this.dialect = dialect;
        this.folder = folder;
        this.connection = connection;
        this.actor = actor;
    }

    public static Database open(Path dataDirectory, StoreOptions options) {
        return connect(dataDirectory, options, (dialect, folder) -> dialect.connect(folder, options.bootPassword()));
    }

    /** Replaces the database below {@code dataDirectory} by a backup made with {@link #backup(Path)}. */
    public static Database restore(Path dataDirectory, Path backupDirectory, StoreOptions options) {
        Path backup = new DerbyDialect().backupFolder(backupDirectory.toAbsolutePath());
        if (!Files.isDirectory(backup)) {
            throw new StoreException("no Auditbench backup in " + backupDirectory + " (expected the folder " + backup + ")");
        }
        return connect(dataDirectory, options, (dialect, folder) -> dialect.restore(folder, backup, options.bootPassword()));
    }

    private interface Connector {
        Connection connect(Dialect dialect, Path folder) throws SQLException;
    }

    private static Database connect(Path dataDirectory, StoreOptions options, Connector connector) {
        Dialect dialect = new DerbyDialect();
        Path folder = dataDirectory.toAbsolutePath().normalize().resolve(FOLDER);
        if (!OPEN.add(folder)) {
            throw new StoreInUseException("the database " + folder + " is already open in this process; share that store", null);
        }
        try {
            Files.createDirectories(dataDirectory);
            return new Database(dialect, folder, connector.connect(dialect, folder), options.actor());
        } catch (SQLException e) {
            OPEN.remove(folder);
            throw failure(dialect, folder, e);
        } catch (java.io.IOException e) {
            OPEN.remove(folder);
            throw new StoreException("cannot create the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static StoreException failure(Dialect dialect, Path folder, SQLException e) {
        return switch (dialect.classify(e)) {
            case WRONG_PASSWORD -> new WrongPasswordException(
                    "the database " + folder + " is encrypted: the boot password is missing or wrong", e);
            case IN_USE -> new StoreInUseException("the database " + folder
                    + " is open in another Auditbench process (workbench or command line); close that first", e);
            case OTHER -> new StoreException("cannot open the database " + folder + ": " + e.getMessage(), e);
        };
    }

    public Dialect dialect() {
        return dialect;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String actor() {
        return actor;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or nothing (and the objects keep their ids). */
    public synchronized <T> T transaction(Work<T> work) {
        if (connection == null) {
            throw new StoreException("the store is closed");
        }
        try (Tx tx = new Tx(connection, actor)) {
            try {
                T result = work.run(tx);
                tx.writeEvents();
                connection.commit();
                tx.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(tx);
                throw e instanceof StoreException s ? s
                        : new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }
    }

    /** Runs {@code change} in one transaction, like {@link #transaction(Work)}. */
    public void change(Change change) {
        transaction(tx -> {
            change.run(tx);
            return null;
        });
    }

    private void rollback(Tx tx) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is gone; Derby rolls back on its next boot.
        }
        tx.rolledBack();
    }

    /** An online backup below {@code directory}; the store stays open and usable. */
    public synchronized void backup(Path directory) {
        try {
            Files.createDirectories(directory);
            connection.commit();
            dialect.backup(connection, directory);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("backup to " + directory + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + folder + ": " + e.getMessage(), e);
        } finally {
            connection = null;
            dialect.shutdown(folder);
            OPEN.remove(folder);
        }
    }
}
