package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;

/**
 * Replaces the database of a data directory by a backup and loses nothing when anything is wrong. Under
 * the data directory's lock the backup is copied into a staging folder inside the data directory and
 * checked there completely: it boots, has the store's schema (brought up to date), every table and index
 * reads without error, and its rows are counted. Only then is the live database renamed aside, the copy
 * renamed into its place and opened; when that fails the old one is put back. The restore is recorded in
 * the restored audit trail with the row counts before and after.
 */
public final class Restore {

    // Distinctive and hidden: whatever else lives in a data directory someone chose is never taken for it.
    private static final String STAGING_PREFIX = ".auditbench-restoring-";
    private static final String REPLACED = "replaced-" + Database.FOLDER;

    private Restore() {
    }

    /** Restores {@code backupDirectory} (made by a backup: it holds the folder {@value Database#FOLDER}) and opens it. */
    public static Database replace(Path dataDirectory, Path backupDirectory, StoreOptions options) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path backup = backupDirectory.toAbsolutePath().normalize();
        BackupPlaces.requireOutsideOf(data, backup, "restore from");
        DerbyDialect dialect = new DerbyDialect();
        Path source = dialect.backupFolder(backup);
        if (!dialect.exists(source)) {
            throw new InputRefusedException("no Auditbench backup in " + backup + " (expected the database folder " + source + ")");
        }
        StoreLock lock = StoreLock.acquire(data);
        try {
            putBackInterrupted(lock);
            Before before = rowsBefore(lock, options);
            Path staging = Files.createTempDirectory(data, STAGING_PREFIX);
            try {
                Map<String, Long> after = verifiedCopy(dialect, source, staging, options);
                return swap(lock, staging, options, "restored from " + backup + before.note() + "; " + changes(before.rows(), after));
            } finally {
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    // Left behind: the next open or restore removes it (see putBackInterrupted).
                }
            }
        } catch (IOException e) {
            lock.close();
            throw new StoreException("restore into " + data + " failed, the database is as it was: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Puts back a database a restore had moved aside when the process died before the copy took its
     * place, and removes what such a restore left; the caller holds the data directory's lock.
     */
    static void putBackInterrupted(StoreLock lock) {
        Path live = lock.dataDirectory().resolve(Database.FOLDER);
        try (Stream<Path> entries = Files.list(lock.dataDirectory())) {
            for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                Path replaced = staging.resolve(REPLACED);
                if (!Files.exists(live, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(replaced, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(replaced, live, StandardCopyOption.ATOMIC_MOVE);
                }
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new StoreException("cannot clean up after an interrupted restore in " + lock.dataDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The live database's row counts, empty with a note when there is none or it cannot be read. */
    private record Before(Map<String, Long> rows, String note) {
    }

    private static Before rowsBefore(StoreLock lock, StoreOptions options) {
        if (!new DerbyDialect().exists(lock.dataDirectory().resolve(Database.FOLDER))) {
            return new Before(Map.of(), " (there was no database)");
        }
        try (Database live = Database.open(lock, options, Database.Mode.READ, false)) {
            return new Before(live.transaction(tx -> {
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : AuditStore.TABLES) {
                    if (Migrations.tableExists(tx, table)) {
                        rows.put(table, tx.number("SELECT COUNT(*) FROM " + table, 0));
                    }
                }
                return rows;
            }), "");
        } catch (StoreInUseException e) {
            throw e;
        } catch (StoreException unreadable) {
            // Restoring is how one recovers from a damaged database: say so instead of refusing.
            return new Before(Map.of(), " (the database before could not be read: " + unreadable.getMessage() + ")");
        }
    }

    /** Copies the backup into the staging folder and checks the copy; returns its row counts. */
    private static Map<String, Long> verifiedCopy(DerbyDialect dialect, Path source, Path staging, StoreOptions options) {
        try {
            copyTree(source, staging.resolve(Database.FOLDER));
        } catch (IOException e) {
            throw new InputRefusedException("cannot read the backup " + source + ": " + e.getMessage(), e);
        }
        try (StoreLock stagingLock = StoreLock.acquire(staging);
                Database copy = Database.open(stagingLock, options, Database.Mode.BOOT, false)) {
            if (Migrations.currentVersion(copy) == 0) {
                throw new InputRefusedException("the backup " + source + " holds a database without the store's schema");
            }
            Migrations.migrate(copy);
            return copy.transaction(tx -> {
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : AuditStore.TABLES) {
                    try {
                        dialect.verify(tx.connection(), table);
                        rows.put(table, tx.number("SELECT COUNT(*) FROM " + table, 0));
                    } catch (SQLException e) {
                        throw new InputRefusedException("the backup " + source + " is damaged: table " + table + ": "
                                + dialect.describe(e), e);
                    }
                }
                return rows;
            });
        } catch (StoreInUseException e) {
            throw e;
        } catch (WrongPasswordException e) {
            throw new WrongPasswordException(aboutTheBackup(e, staging, source), e);
        } catch (StoreException e) {
            throw new InputRefusedException(aboutTheBackup(e, staging, source), e);
        }
    }

    /** The message of a failure of the copy, about the backup the user named instead of the staging copy. */
    private static String aboutTheBackup(StoreException e, Path staging, Path source) {
        String message = e.getMessage().replace(staging.resolve(Database.FOLDER).toString(), source.toString());
        return message.startsWith("the backup ") ? message : "the backup " + source + " cannot be restored: " + message;
    }

    /** Moves the live database aside and the checked copy into its place; puts the old one back on failure. */
    private static Database swap(StoreLock lock, Path staging, StoreOptions options, String detail) throws IOException {
        Path live = lock.dataDirectory().resolve(Database.FOLDER);
        Path replaced = staging.resolve(REPLACED);
        boolean hadLive = Files.exists(live, LinkOption.NOFOLLOW_LINKS);
        if (hadLive) {
            Files.move(live, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        Database restored = null;
        try {
            Files.move(staging.resolve(Database.FOLDER), live, StandardCopyOption.ATOMIC_MOVE);
            restored = Database.open(lock, options, Database.Mode.BOOT, false);
            restored.learnColumnLimits();
            restored.change(tx -> tx.audit(AuditActions.RESTORE, "AuditStore", 0, detail));
            restored.handOver(lock);
            return restored;
        } catch (IOException | RuntimeException e) {
            if (restored != null) {
                restored.close();
            }
            if (hadLive) {
                if (Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(live, staging.resolve(Database.FOLDER), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(replaced, live, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }

    /** What was replaced by what: {@code table BEFORE -> AFTER} for every table with rows on either side. */
    private static String changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> parts = new ArrayList<>();
        after.forEach((table, rows) -> {
            Long old = before.get(table);
            if (rows != 0 || old != null && old != 0) {
                parts.add(table + " " + (old == null ? "-" : old) + " -> " + rows);
            }
        });
        return String.join(", ", parts);
    }

    /** Copies folders and regular files; anything else (links, devices, pipes) has no place in a backup. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    OwnerOnly.createDirectories(target);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(path, target);
                } else {
                    throw new InputRefusedException("the backup " + from + " holds " + path + ", which is not a regular file");
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
