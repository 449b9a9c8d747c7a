package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A store created with a boot password is encrypted at rest and opens only with that password. */
public class EncryptionTest {

    private static final String SECRET_NAME = "Geheimnisvolle Einrichtung Zwölf";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void anEncryptedStoreOpensOnlyWithItsPassword() throws Exception {
        Path data = folder.newFolder("encrypted").toPath();
        StoreOptions withPassword = StoreOptions.defaults().withBootPassword("Korrekt-Pferd-Batterie-42");
        try (AuditStore store = AuditStore.open(data, withPassword)) {
            store.institutions().save(ModelSamples.institution(SECRET_NAME, "geheim.example"));
        }
        assertFalse("the name must not be readable in the files", filesContain(data, SECRET_NAME));
        assertFalse("the domain must not be readable in the files", filesContain(data, "geheim.example"));

        assertRefused(data, StoreOptions.defaults());
        assertRefused(data, StoreOptions.defaults().withBootPassword("falsch"));
        try (AuditStore store = AuditStore.open(data, withPassword)) {
            assertEquals(SECRET_NAME, store.institutions().loadAll().get(0).getName());
        }
    }

    @Test
    public void theBackupOfAnEncryptedStoreStaysEncrypted() throws Exception {
        Path data = folder.newFolder("encrypted").toPath();
        Path backup = folder.newFolder("backup").toPath();
        StoreOptions withPassword = StoreOptions.defaults().withBootPassword("Korrekt-Pferd-Batterie-42");
        try (AuditStore store = AuditStore.open(data, withPassword)) {
            store.institutions().save(ModelSamples.institution(SECRET_NAME, "geheim.example"));
            store.backup(backup);
        }
        assertFalse(filesContain(backup, SECRET_NAME));
        try {
            AuditStore.restore(data, backup, StoreOptions.defaults()).close();
            fail("restored an encrypted backup without its password");
        } catch (WrongPasswordException expected) {
            // the restored copy boots only with the password of the store it was taken from
        }
        try (AuditStore store = AuditStore.restore(data, backup, withPassword)) {
            assertEquals(SECRET_NAME, store.institutions().loadAll().get(0).getName());
        }
    }

    @Test
    public void withoutPasswordTheDataIsReadableInTheFiles() throws Exception {
        // The counterpart of the check above: proves the file scan would see the name.
        Path data = folder.newFolder("plain").toPath();
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(ModelSamples.institution(SECRET_NAME, "geheim.example"));
        }
        assertTrue(filesContain(data, SECRET_NAME));
    }

    @Test(expected = StoreInUseException.class)
    public void aStoreIsOpenedOnlyOncePerProcess() throws Exception {
        Path data = folder.newFolder("once").toPath();
        try (AuditStore store = AuditStore.open(data)) {
            AuditStore.open(data).close();
        }
    }

    private static void assertRefused(Path data, StoreOptions options) {
        try {
            AuditStore.open(data, options).close();
            fail("opened an encrypted store with " + (options.bootPassword() == null ? "no" : "a wrong") + " password");
        } catch (WrongPasswordException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("boot password"));
        }
    }

    private static boolean filesContain(Path data, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(data.resolve("db"))) {
            return files.filter(Files::isRegularFile).anyMatch(f -> indexOf(read(f), needle) >= 0);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
