package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.auditbench.model.AuditEvent;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.internal.Database;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Restore checks the whole backup before it touches the live database, never takes the data directory
 * for a backup, keeps the old database when anything fails and records what it replaced.
 */
public class RestoreSafetyTest {

    @BeforeClass
    public static void embeddedOnly() {
        TestDatabase.assumeEmbedded();
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path data;
    private Path backup;
    private Map<String, Long> live;

    /** A backup of two institutions, then a third one saved: the live store differs from the backup. */
    @Before
    public void liveStoreAndBackup() throws Exception {
        data = folder.newFolder("data").toPath();
        backup = folder.getRoot().toPath().resolve("backup");
        try (AuditStore store = AuditStore.open(data)) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().saveAll(List.of(institution, ModelSamples.institution("Kita Sonnenschein", "kita.example")));
            store.scanRuns().save(ModelSamples.scanRun(institution, 3));
            store.backup(backup);
            store.institutions().save(ModelSamples.institution("Nach dem Backup", "nach.example"));
            live = store.counts();
        }
    }

    @Test
    public void aBackupMissingTheInstitutionTableIsRefused() throws Exception {
        Files.delete(containerOf("INSTITUTION"));
        assertRefused(backup, "institution");
    }

    @Test
    public void aBackupWithSegmentFilesRemovedIsRefused() throws Exception {
        List<Path> segments;
        try (Stream<Path> files = Files.list(backup.resolve("db/seg0"))) {
            segments = files.filter(f -> f.getFileName().toString().endsWith(".dat")).sorted().toList();
        }
        for (int i = 0; i < segments.size(); i += 2) {
            Files.delete(segments.get(i));
        }
        assertRefused(backup, backup.resolve("db").toString());
    }

    @Test
    public void aJunkServicePropertiesIsRefused() throws Exception {
        Path junk = folder.newFolder("junk", "db").toPath();
        Files.writeString(junk.resolve("service.properties"), "das=ist kein Backup\n");
        assertRefused(junk.getParent(), junk.toString());
    }

    @Test
    public void aDerbyDatabaseWithoutTheStoreSchemaIsRefused() throws Exception {
        Path plain = folder.newFolder("plain").toPath();
        Database.open(plain, StoreOptions.defaults()).close();
        assertRefused(plain, "schema");
    }

    @Test
    public void theDataDirectoryAndItsDatabaseAreNoBackup() throws Exception {
        for (Path wrong : List.of(data, data.resolve("db"), data.resolve("db/seg0"), data.resolve("db").resolve("..").resolve("db"))) {
            try {
                AuditStore.restore(data, wrong, StoreOptions.defaults()).close();
                fail("restored from " + wrong);
            } catch (InputRefusedException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("data directory"));
            }
            assertLiveStoreUnchanged();
        }
    }

    @Test
    public void restoreRecordsWhatItReplaced() throws Exception {
        try (AuditStore store = AuditStore.restore(data, backup, StoreOptions.defaults())) {
            assertEquals(2, store.institutions().count());
            AuditEvent event = store.auditTrail().recent(1).get(0);
            assertEquals("restore", event.getAction());
            assertTrue(event.getDetail(), event.getDetail().contains("restored from " + backup.toAbsolutePath()));
            assertTrue(event.getDetail(), event.getDetail().contains("institution 3 -> 2"));
            assertTrue(event.getDetail(), event.getDetail().contains("mail_domain 3 -> 2"));
        }
        assertEquals("nothing of the old database or the staging copy is left", List.of("db", "store.lock"), names(data));
    }

    @Test
    public void aRestoreInterruptedBetweenItsRenamesIsUndoneOnTheNextOpen() throws Exception {
        // What a restore killed after moving the live database aside leaves: db in its staging folder.
        Path staging = Files.createDirectory(data.resolve(".auditbench-restoring-4711"));
        Files.move(data.resolve("db"), staging.resolve("replaced-db"));
        Files.createDirectory(staging.resolve("db"));
        assertLiveStoreUnchanged();
    }

    @Test
    public void restoreIsRefusedWhileThisProcessHasTheStoreOpen() throws Exception {
        try (AuditStore store = AuditStore.open(data)) {
            try {
                AuditStore.restore(data, backup, StoreOptions.defaults()).close();
                fail("restored under an open store");
            } catch (StoreInUseException expected) {
                assertEquals(live.get("institution").longValue(), store.institutions().count());
            }
        }
        assertLiveStoreUnchanged();
    }

    @Test
    public void aBackupIntoANonEmptyFolderIsRefused() throws Exception {
        Path notEmpty = folder.newFolder("not-empty").toPath();
        Files.writeString(notEmpty.resolve("letter.pdf"), "%PDF");
        try (AuditStore store = AuditStore.open(data)) {
            for (Path wrong : List.of(notEmpty, backup, data, data.resolve("db"), data.resolve("db/seg0"))) {
                try {
                    store.backup(wrong);
                    fail("backed up into " + wrong);
                } catch (InputRefusedException expected) {
                    assertTrue(expected.getMessage(), expected.getMessage().contains(wrong.toString()));
                }
            }
            assertEquals(List.of("letter.pdf"), names(notEmpty));
            store.backup(folder.newFolder("empty").toPath());
        }
        assertLiveStoreUnchanged();
    }

    private void assertRefused(Path from, String named) throws IOException {
        try {
            AuditStore.restore(data, from, StoreOptions.defaults()).close();
            fail("restored from a damaged backup " + from);
        } catch (InputRefusedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(named));
            assertFalse(expected.getMessage(), expected.getMessage().contains("see the next exception"));
        } catch (StoreException wrong) {
            throw new AssertionError("not refused as bad input: " + wrong.getMessage(), wrong);
        }
        assertLiveStoreUnchanged();
    }

    private void assertLiveStoreUnchanged() throws IOException {
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals("the live database is as it was", live, store.counts());
        }
        assertEquals("nothing of a staging copy is left", List.of("db", "store.lock"), names(data));
    }

    /** The file of a table's heap in the backup (Derby names it after the conglomerate number, in hex). */
    private Path containerOf(String table) throws Exception {
        long number;
        try (Database database = Database.open(data, StoreOptions.defaults())) {
            number = database.transaction(tx -> tx.number("SELECT c.conglomeratenumber FROM sys.sysconglomerates c"
                    + " JOIN sys.systables t ON c.tableid = t.tableid WHERE t.tablename = ? AND c.isindex = false", -1, table));
        }
        Path container = backup.resolve("db/seg0/c" + Long.toHexString(number) + ".dat");
        assertTrue(container + " exists", Files.isRegularFile(container));
        return container;
    }

    /** The entries of a folder, without Derby's log (it lands in whichever folder the JVM's first store used). */
    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("derby.log")).sorted().toList();
        }
    }

}
