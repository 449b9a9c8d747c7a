package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The store's files belong to the user alone: folders 0700, files 0600, set explicitly so the umask
 * does not matter. Where the file system has no POSIX permissions (Windows) this does nothing.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and missing parents) owner-only and makes the folder itself owner-only if it existed. */
    public static void createDirectories(Path folder) throws IOException {
        if (!POSIX) {
            Files.createDirectories(folder);
            return;
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        Files.setPosixFilePermissions(folder, FOLDER);
    }

    /** The attribute that creates a file owner-only (none without POSIX permissions). */
    public static FileAttribute<?>[] file() {
        return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
    }

    /**
     * Makes {@code root} and, when it is a folder, every folder and regular file below it owner-only: the
     * files an older version created with the umask's permissions. Links are not followed.
     */
    public static void restrict(Path root) throws IOException {
        if (!POSIX || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, FOLDER);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, FILE);
                }
            }
        }
    }
}
