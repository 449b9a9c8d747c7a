package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;

import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.FrameworkUtil;

/**
 * A store created with a boot password is encrypted at rest (AES, 256-bit key) and opens only with that
 * password; an old DES store is re-encrypted with AES; a password is never silently ignored.
 */
public class EncryptionTest {

    private static final String PASSWORD = "Korrekt-Pferd-Batterie-42";
    private static final String SECRET_NAME = "Geheimnisvolle Einrichtung Zwölf";

    @BeforeClass
    public static void embeddedOnly() {
        TestDatabase.assumeEmbedded();
    }

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

    @Test
    public void aNewEncryptedStoreUsesAesWithA256BitKey() throws Exception {
        Path data = folder.newFolder("aes").toPath();
        AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD)).close();
        Properties service = serviceProperties(data);
        assertEquals("AES/CBC/NoPadding", service.getProperty("encryptionAlgorithm"));
        assertTrue(service.getProperty("encryptionKeyLength"), service.getProperty("encryptionKeyLength").startsWith("256-"));
    }

    @Test
    public void aDesStoreIsReencryptedWithAesWhenOpenedWithItsPassword() throws Exception {
        // The store configures Derby's engine (log file, file permissions) when it is the first to boot it.
        AuditStore.open(folder.newFolder("first").toPath()).close();
        Path data = folder.newFolder("des").toPath();
        createTheOldWay(data.resolve("db"));
        assertEquals("DES/CBC/NoPadding", serviceProperties(data).getProperty("encryptionAlgorithm"));

        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD))) {
            store.institutions().save(ModelSamples.institution(SECRET_NAME, "geheim.example"));
        }
        Properties service = serviceProperties(data);
        assertEquals("AES/CBC/NoPadding", service.getProperty("encryptionAlgorithm"));
        assertTrue(service.getProperty("encryptionKeyLength"), service.getProperty("encryptionKeyLength").startsWith("256-"));
        assertFalse(filesContain(data, SECRET_NAME));
        assertFalse("the old table's text is encrypted too", filesContain(data, "Altbestand"));
        assertRefused(data, StoreOptions.defaults());
        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD))) {
            assertEquals(SECRET_NAME, store.institutions().loadAll().get(0).getName());
            assertEquals(1, store.institutions().count());
        }
    }

    @Test
    public void aRenewalInterruptedAfterDecryptingIsFinishedOnTheNextOpen() throws Exception {
        AuditStore.open(folder.newFolder("first").toPath()).close();
        Path data = folder.newFolder("interrupted").toPath();
        createTheOldWay(data.resolve("db"));
        // What a renewal killed between its two steps leaves: the mark, and the database decrypted.
        Files.createFile(data.resolve("db.renewing-encryption"));
        Properties decrypt = new Properties();
        decrypt.setProperty("bootPassword", PASSWORD);
        decrypt.setProperty("decryptDatabase", "true");
        bootAndShutDown(data.resolve("db"), decrypt);
        assertTrue("decrypted for the test", filesContain(data, "Altbestand"));

        AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD)).close();
        assertEquals("AES/CBC/NoPadding", serviceProperties(data).getProperty("encryptionAlgorithm"));
        assertFalse(Files.exists(data.resolve("db.renewing-encryption")));
        assertFalse("encrypted again", filesContain(data, "Altbestand"));
        assertRefused(data, StoreOptions.defaults());
    }

    @Test
    public void aPasswordForAnUnencryptedStoreIsRefused() throws Exception {
        Path data = folder.newFolder("plain").toPath();
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(ModelSamples.institution(SECRET_NAME, "geheim.example"));
        }
        try {
            AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD)).close();
            fail("a password was silently ignored");
        } catch (InputRefusedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("is not encrypted"));
        }
        assertTrue("still readable without a password, as it was", filesContain(data, SECRET_NAME));
    }

    @Test
    public void aTooShortPasswordIsRefusedWithTheRule() throws Exception {
        Path data = folder.newFolder("short").toPath();
        try {
            AuditStore.open(data, StoreOptions.defaults().withBootPassword("kurz")).close();
            fail("created a store with a 4-character password");
        } catch (InputRefusedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("at least 8 characters"));
            assertFalse(expected.getMessage(), expected.getMessage().contains("see the next exception"));
        }
        assertFalse("no database was left behind", Files.exists(data.resolve("db/service.properties")));
    }

    @Test(expected = StoreInUseException.class)
    public void aStoreIsOpenedOnlyOncePerProcess() throws Exception {
        Path data = folder.newFolder("once").toPath();
        try (AuditStore store = AuditStore.open(data)) {
            AuditStore.open(data).close();
        }
    }

    /** A store as the versions before AES created it: Derby's default encryption (DES), one table with text. */
    private static void createTheOldWay(Path databaseFolder) throws Exception {
        Properties attributes = new Properties();
        attributes.setProperty("create", "true");
        attributes.setProperty("dataEncryption", "true");
        attributes.setProperty("bootPassword", PASSWORD);
        try (Connection connection = derby().connect("jdbc:derby:" + databaseFolder, attributes);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE old_notes (note VARCHAR(100))");
            statement.execute("INSERT INTO old_notes VALUES ('Altbestand Einrichtung')");
        }
        shutDown(databaseFolder);
    }

    private static void bootAndShutDown(Path databaseFolder, Properties attributes) throws Exception {
        derby().connect("jdbc:derby:" + databaseFolder, attributes).close();
        shutDown(databaseFolder);
    }

    private static void shutDown(Path databaseFolder) throws Exception {
        try {
            derby().connect("jdbc:derby:" + databaseFolder + ";shutdown=true", new Properties());
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as an exception (08006)
            assertEquals("08006", shutDown.getSQLState());
        }
    }

    /** Derby's driver, from the store bundle that embeds it. */
    private static Driver derby() throws Exception {
        return (Driver) FrameworkUtil.getBundle(AuditStore.class).loadClass("org.apache.derby.jdbc.EmbeddedDriver")
                .getDeclaredConstructor().newInstance();
    }

    private static Properties serviceProperties(Path data) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(data.resolve("db/service.properties"))) {
            properties.load(in);
        }
        return properties;
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
