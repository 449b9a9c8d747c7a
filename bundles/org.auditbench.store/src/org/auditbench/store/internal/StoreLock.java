package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.store.StoreException;
import org.auditbench.store.StoreInUseException;

/**
 * The single-writer lock of a data directory: an operating system lock on its file {@value #FILE},
 * held by whoever works on the database (opening it, restoring a backup over it) from before the
 * database is touched until it is released again. Unlike Derby's own lock it also covers the moments
 * when no database is booted, such as a restore swapping folders. The lock file itself stays; the lock
 * goes with the process.
 */
public final class StoreLock implements AutoCloseable {

    public static final String FILE = "store.lock";

    /** Data directories locked by this process: the OS lock is per process, the single-writer rule is not. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path dataDirectory;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path dataDirectory, FileChannel channel, FileLock lock) {
        this.dataDirectory = dataDirectory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDirectory} (created owner-only when missing).
     *
     * @throws StoreInUseException when this or another process holds the lock
     */
    public static StoreLock acquire(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path database = data.resolve(Database.FOLDER);
        if (!HELD.add(data)) {
            throw new StoreInUseException("the database " + database + " is already open in this process; share that store", null);
        }
        try {
            OwnerOnly.createDirectories(data);
            FileChannel channel = FileChannel.open(data.resolve(FILE), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OwnerOnly.file());
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameFileOtherPath) {
                channel.close();
                throw new StoreInUseException("the database " + database
                        + " is already open in this process (under another path); share that store", sameFileOtherPath);
            }
            if (lock == null) {
                channel.close();
                throw StoreInUseException.otherProcess(database, null);
            }
            return new StoreLock(data, channel, lock);
        } catch (IOException e) {
            HELD.remove(data);
            throw new StoreException("cannot lock the data directory " + data + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            HELD.remove(data);
            throw e;
        }
    }

    /** The locked data directory, absolute and normalised. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel failed: the operating system drops the lock with the process anyway.
        } finally {
            HELD.remove(dataDirectory);
        }
    }
}
