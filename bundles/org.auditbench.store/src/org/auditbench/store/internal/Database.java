package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;

/**
 * The one connection of a store. Every unit of work runs as one transaction, one at a time (the store's
 * single-writer rule within a process); the data directory's {@link StoreLock} keeps other processes out.
 */
public final class Database implements AutoCloseable {

    /** The database folder below the data directory. */
    public static final String FOLDER = "db";

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** One change inside a transaction. */
    @FunctionalInterface
    public interface Change {
        void run(Tx tx) throws SQLException;
    }

    /** How to open the database of a locked data directory. */
    enum Mode {
        /** Create it when missing, else boot it to work on it. */
        CREATE_OR_BOOT,
        /** Boot an existing one to work on it (password rules, encryption renewed). */
        BOOT,
        /** Boot an existing one as it is, only to read it. */
        READ
    }

    private final Dialect dialect;
    private final Path folder;
    private StoreLock ownLock;
    private Connection connection;
    private volatile String actor;
    private volatile ColumnLimits limits = ColumnLimits.NONE;

    private Database(Dialect dialect, Path folder, Connection connection, String actor, StoreLock ownLock) {
        this.dialect = dialect;
        this.folder = folder;
        this.connection = connection;
        this.actor = actor;
        this.ownLock = ownLock;
    }

    /** Locks the data directory and opens its database, creating it when missing; closing releases the lock. */
    public static Database open(Path dataDirectory, StoreOptions options) {
        StoreLock lock = StoreLock.acquire(dataDirectory);
        try {
            Restore.putBackInterrupted(lock);
            return open(lock, options, Mode.CREATE_OR_BOOT, true);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the database of a data directory the caller has locked; with {@code ownsLock} the lock is
     * released when the database is closed, else it stays with the caller.
     */
    static Database open(StoreLock lock, StoreOptions options, Mode mode, boolean ownsLock) {
        Dialect dialect = new DerbyDialect();
        Path folder = lock.dataDirectory().resolve(FOLDER);
        Connection connection;
        try {
            connection = switch (mode) {
                case CREATE_OR_BOOT -> dialect.exists(folder) ? dialect.boot(folder, options.bootPassword())
                        : dialect.create(folder, options.bootPassword());
                case BOOT -> dialect.boot(folder, options.bootPassword());
                case READ -> dialect.read(folder, options.bootPassword());
            };
        } catch (SQLException e) {
            throw failure(dialect, folder, e);
        }
        Database database = new Database(dialect, folder, connection, options.actor(), ownsLock ? lock : null);
        try {
            // Closes what an older version or the umask left readable by others: the store's own files only,
            // never the rest of a data directory someone chose (it may be a folder with files of its own).
            OwnerOnly.restrict(lock.dataDirectory().resolve(StoreLock.FILE));
            for (Path file : dialect.files(folder)) {
                OwnerOnly.restrict(file);
            }
        } catch (IOException e) {
            database.close();
            throw new StoreException("cannot make " + lock.dataDirectory() + " readable by its owner only: " + e.getMessage(), e);
        }
        return database;
    }

    private static StoreException failure(Dialect dialect, Path folder, SQLException e) {
        return switch (dialect.classify(e)) {
            case WRONG_PASSWORD -> new WrongPasswordException(
                    "the database " + folder + " is encrypted: the boot password is missing or wrong", e);
            case IN_USE -> StoreInUseException.otherProcess(folder, e);
            case OTHER -> new StoreException("cannot open the database " + folder + ": " + dialect.describe(e), e);
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
        try (Tx tx = new Tx(connection, actor, limits)) {
            try {
                T result = work.run(tx);
                tx.writeEvents();
                connection.commit();
                tx.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(tx);
                throw e instanceof StoreException s ? s
                        : e instanceof SQLException q ? new StoreException(dialect.describe(q), q)
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

    /** From now on closing this database releases {@code lock}. */
    void handOver(StoreLock lock) {
        ownLock = lock;
    }

    /** Learns the text columns' sizes: called once the schema is up to date. */
    void learnColumnLimits() {
        limits = transaction(tx -> ColumnLimits.read(tx.connection()));
    }

    /**
     * An online backup below {@code directory} (an empty or new folder outside the data directory); the
     * store stays open and usable.
     */
    public synchronized void backup(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        BackupPlaces.requireOutsideOf(folder.getParent(), target, "back up into");
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new InputRefusedException("cannot back up into " + target + ": it is a file, not a folder");
            }
            if (Files.exists(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new InputRefusedException("cannot back up into " + target
                                + ": the folder is not empty (choose a new or empty folder; nothing is overwritten)");
                    }
                }
            }
            OwnerOnly.createDirectories(target);
            connection.commit();
            dialect.backup(connection, target);
            OwnerOnly.restrict(target);
        } catch (SQLException e) {
            throw new StoreException("backup to " + target + " failed: " + dialect.describe(e), e);
        } catch (IOException e) {
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
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
            try {
                dialect.shutdown(folder);
            } finally {
                if (ownLock != null) {
                    ownLock.close();
                }
            }
        }
    }
}
