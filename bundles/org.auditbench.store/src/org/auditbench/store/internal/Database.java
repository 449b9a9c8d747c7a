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
 * single-writer rule within a process). An embedded database's data directory {@link StoreLock} keeps
 * other processes out; on a PostgreSQL server many clients work at once and the server keeps them apart.
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
    /** The embedded database and its folder; both null on a server. */
    private final DerbyDialect embedded;
    private final Path folder;
    /** Where the database is, as messages show it. */
    private final String place;
    private StoreLock ownLock;
    private Connection connection;
    private volatile String actor;
    private volatile ColumnLimits limits = ColumnLimits.NONE;

    private Database(String place, Dialect dialect, Connection connection, String actor) {
        this.dialect = dialect;
        this.embedded = null;
        this.folder = null;
        this.place = place;
        this.connection = connection;
        this.actor = actor;
    }

    private Database(DerbyDialect dialect, Path folder, Connection connection, String actor, StoreLock ownLock) {
        this.dialect = dialect;
        this.embedded = dialect;
        this.folder = folder;
        this.place = folder.toString();
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
     * Connects to the store on the PostgreSQL server at {@code options.serverUrl()}.
     *
     * @throws WrongPasswordException when the server refuses the user or password
     * @throws InputRefusedException when the URL is not a PostgreSQL one, or a boot password is given (a server has none)
     */
    public static Database connect(StoreOptions options) {
        PostgresDialect dialect = new PostgresDialect();
        String place = PostgresDialect.place(options.serverUrl());
        if (options.bootPassword() != null && !options.bootPassword().isEmpty()) {
            throw new InputRefusedException("a boot password encrypts an embedded database only; the server " + place
                    + " protects its data itself (give the login password as the server password)");
        }
        try {
            Connection connection = dialect.connect(options.serverUrl(), options.serverPassword());
            // On a server each auditor has a login of their own: unless a name is configured, the audit trail
            // names the login rather than the desktop's operating system user.
            boolean named = options.actor() != null && !options.actor().equals(StoreOptions.systemUser());
            return new Database(place, dialect, connection, named ? options.actor() : dialect.login(connection));
        } catch (SQLException e) {
            throw switch (dialect.classify(e)) {
                case WRONG_PASSWORD -> new WrongPasswordException("the PostgreSQL server " + place
                        + " refused the login: the user or password is missing or wrong (" + dialect.describe(e) + ")", e);
                default -> new StoreException("cannot connect to the PostgreSQL server " + place + ": " + dialect.describe(e), e);
            };
        }
    }

    /**
     * Opens the database of a data directory the caller has locked; with {@code ownsLock} the lock is
     * released when the database is closed, else it stays with the caller.
     */
    static Database open(StoreLock lock, StoreOptions options, Mode mode, boolean ownsLock) {
        DerbyDialect dialect = new DerbyDialect();
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

    /** Where the database is: its folder, or the server's URL without a password. */
    public String place() {
        return place;
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
        try (Tx tx = new Tx(connection, actor, limits, dialect.batchReturnsIds())) {
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
        if (embedded == null) {
            throw new InputRefusedException(PostgresDialect.BACKUP_HINT);
        }
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
            embedded.backup(connection, target);
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
            throw new StoreException("cannot close the database " + place + ": " + e.getMessage(), e);
        } finally {
            connection = null;
            try {
                if (embedded != null) {
                    embedded.shutdown(folder);
                }
            } finally {
                if (ownLock != null) {
                    ownLock.close();
                }
            }
        }
    }
}
