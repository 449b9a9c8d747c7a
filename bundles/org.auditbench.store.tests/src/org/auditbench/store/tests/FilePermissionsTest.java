package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The data directory, the database and its backups belong to the user alone (folders 0700, files 0600),
 * whatever the umask, for new stores and for stores an older version created world-readable.
 */
public class FilePermissionsTest {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @BeforeClass
    public static void embeddedOnly() {
        TestDatabase.assumeEmbedded();
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aNewStoreAndItsBackupAreTheUsersAlone() throws Exception {
        Path data = folder.getRoot().toPath().resolve("new/data");
        Path backup = folder.getRoot().toPath().resolve("backup");
        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults())) {
            store.institutions().save(ModelSamples.institution("Pfarrei St. Marien", "st-marien.example"));
            store.backup(backup);
        }
        assertTrue("the test must see Derby's files", Files.exists(data.resolve("db/seg0")));
        assertOwnerOnly(data);
        assertOwnerOnly(backup);
    }

    @Test
    public void aStoreCreatedWorldReadableIsClosedOnTheNextOpen() throws Exception {
        Path data = folder.newFolder("old").toPath();
        AuditStore.open(data).close();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        AuditStore.open(data).close();
        assertOwnerOnly(data);
    }

    @Test
    public void filesOfOthersInTheDataDirectoryKeepTheirModes() throws Exception {
        Path data = folder.newFolder("chosen").toPath();
        Path script = Files.writeString(data.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        AuditStore.open(data).close();
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    private static void assertOwnerOnly(Path root) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                if (permissions.stream().anyMatch(GROUP_OR_OTHER::contains)) {
                    open.add(root.relativize(path) + " " + PosixFilePermissions.toString(permissions));
                }
            }
        }
        assertEquals("readable by others below " + root, List.of(), open);
    }
}
