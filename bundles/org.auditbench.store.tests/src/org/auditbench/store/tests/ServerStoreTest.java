package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;
import org.auditbench.store.internal.Migrations;
import org.auditbench.testing.postgres.PostgresServer;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What only a store on a PostgreSQL server does: logins, the refused file backup, several clients at once. */
public class ServerStoreTest {

    @BeforeClass
    public static void serverOnly() {
        org.junit.Assume.assumeTrue("PostgreSQL run only", TestDatabase.onServer());
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        Path data = folder.getRoot().toPath();
        String url = TestDatabase.options(data).serverUrl();
        try {
            AuditStore.open(data, StoreOptions.defaults().withServer(url, "falsch-geraten")).close();
            fail("opened with a wrong password");
        } catch (WrongPasswordException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("refused the login") && e.getMessage().contains("127.0.0.1"));
            assertFalse(e.getMessage(), e.getMessage().contains("falsch-geraten"));
        }
        try {
            AuditStore.open(data, StoreOptions.defaults().withServer(url + "&password=im-url-verraten", "falsch")).close();
            fail("opened with a wrong password");
        } catch (WrongPasswordException e) {
            assertFalse("a password in the URL is blanked: " + e.getMessage(), e.getMessage().contains("im-url-verraten"));
        }
    }

    @Test
    public void backupAndRestoreAreRefusedWithThePgDumpHintAndWriteNothing() throws Exception {
        Path data = folder.getRoot().toPath();
        Path backup = folder.getRoot().toPath().resolve("backup");
        try (AuditStore store = TestDatabase.open(data)) {
            store.institutions().save(ModelSamples.institution("Pfarrei St. Marien", "st-marien.example"));
            try {
                store.backup(backup);
                fail("a file backup of a server store");
            } catch (InputRefusedException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("pg_dump") && e.getMessage().contains("pg_restore"));
            }
            assertFalse("not half a backup", Files.exists(backup));
        }
        try {
            AuditStore.restore(data, folder.newFolder("old-backup").toPath(), TestDatabase.options(data)).close();
            fail("a file restore over a server store");
        } catch (InputRefusedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("pg_restore"));
        }
        try (AuditStore store = TestDatabase.open(data)) {
            assertEquals(1, store.institutions().count());
        }
    }

    @Test
    public void aBootPasswordAndAnUrlOfAnotherDatabaseAreRefused() throws Exception {
        Path data = folder.getRoot().toPath();
        try {
            AuditStore.open(data, TestDatabase.options(data).withBootPassword("geheim-und-lang")).close();
            fail("a boot password for a server");
        } catch (InputRefusedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("embedded database only"));
        }
        try {
            StoreOptions.defaults().withServer("jdbc:mysql://127.0.0.1/auditbench", null);
            fail("a MySQL URL");
        } catch (InputRefusedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("jdbc:postgresql:"));
        }
    }

    @Test
    public void clientsOpeningANewDatabaseAtOnceCreateTheSchemaOnce() throws Exception {
        Path data = folder.getRoot().toPath();
        StoreOptions options = TestDatabase.options(data);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditStore>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(pool.submit(() -> AuditStore.open(data, options)));
            }
            for (Future<AuditStore> store : opened) {
                try (AuditStore s = store.get()) {
                    assertEquals(Migrations.latest(), s.schemaVersion());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (AuditStore store = AuditStore.open(data, options)) {
            assertEquals(Migrations.latest(), (long) store.counts().get("schema_version"));
        }
    }

    @Test
    public void theAuditTrailNamesTheLoginUnlessANameIsConfigured() throws Exception {
        Path data = folder.getRoot().toPath();
        try (AuditStore store = TestDatabase.open(data)) {
            assertEquals(PostgresServer.USER, store.actor());
            store.institutions().save(ModelSamples.institution("Pfarrei St. Marien", "st-marien.example"));
            assertEquals(PostgresServer.USER, store.auditTrail().recent(1).get(0).getActor());
        }
        try (AuditStore store = AuditStore.open(data, TestDatabase.options(data).withActor("Erika Musterfrau"))) {
            assertEquals("Erika Musterfrau", store.actor());
        }
    }
}
