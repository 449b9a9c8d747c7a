package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.SaveConflictException;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.Migrations;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A database created by schema version 1 (with data in it) is brought to the current version on open. */
public class MigrationTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aVersionOneDatabaseIsMigratedWithItsData() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Database version1 = TestDatabase.database(data)) {
            Migrations.migrate(version1, 1);
            assertEquals(1, Migrations.currentVersion(version1));
            version1.transaction(tx -> {
                long id = tx.insert("INSERT INTO institution (name, city, reported_breach) VALUES (?, ?, ?)",
                        "Bürgerstiftung Beispiel", "Musterstadt", true);
                tx.update("INSERT INTO mail_domain (institution_id, name) VALUES (?, ?)", id,
                        "xn--brgerstiftung-beispiel-slc.example");
                return null;
            });
        }

        try (AuditStore store = TestDatabase.open(data)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            List<Institution> found = store.institutions().search("bürgerstiftung-beispiel", 5);
            assertEquals("the Unicode column is filled for rows of the old version", 1, found.size());
            assertEquals("bürgerstiftung-beispiel.example", found.get(0).getMailDomains().get(0).getUnicodeName());
            assertEquals("one row per applied version", Migrations.latest(), (long) store.counts().get("schema_version"));
        }
        try (Database current = TestDatabase.database(data)) {
            assertEquals("bürgerstiftung-beispiel.example", current.transaction(tx -> tx.query(
                    "SELECT unicode_name FROM mail_domain", row -> row.text("unicode_name")).get(0)));
        }
    }

    @Test
    public void aVersionTwoDatabaseIsMigratedToColumnsThatHoldTheScanTexts() throws Exception {
        Path data = folder.getRoot().toPath();
        String banner = "220 " + "b".repeat(8_996);
        try (Database version2 = TestDatabase.database(data)) {
            Migrations.migrate(version2, 2);
            version2.transaction(tx -> {
                long run = tx.insert("INSERT INTO scan_run (status) VALUES (?)", "COMPLETED");
                long scan = tx.insert("INSERT INTO domain_scan (scan_run_id, domain_name, mx_kind) VALUES (?, ?, ?)", run,
                        "st-marien.example", "EXPLICIT");
                tx.insert("INSERT INTO observation (domain_scan_id, check_id, status, summary, duration_millis)"
                        + " VALUES (?, ?, ?, ?, ?)", scan, "dns.mx", "PASSED", "MX mx.st-marien.example", 5L);
                long server = tx.insert("INSERT INTO mail_server (domain_scan_id, host, preference, implicit_mx)"
                        + " VALUES (?, ?, ?, ?)", scan, "mx.st-marien.example", 10, false);
                tx.insert("INSERT INTO net_address (mail_server_id, ip, server_kind, smtp_banner, start_tls) VALUES (?, ?, ?, ?, ?)",
                        server, "192.0.2.10", "UNKNOWN", "220 ready", false);
                tx.insert("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, detail)"
                        + " VALUES (CURRENT_TIMESTAMP, 'test', 'create', 'ScanRun', ?, 'vorher')", run);
                return null;
            });
        }

        try (Database current = TestDatabase.database(data)) {
            Migrations.migrate(current);
            assertEquals(Migrations.latest(), Migrations.currentVersion(current));
            current.transaction(tx -> {
                assertEquals(List.of("MX mx.st-marien.example"), tx.query("SELECT summary FROM observation", r -> r.text("summary")));
                assertEquals(List.of("220 ready"), tx.query("SELECT smtp_banner FROM net_address", r -> r.text("smtp_banner")));
                assertEquals(List.of("vorher"), tx.query("SELECT detail FROM audit_event", r -> r.text("detail")));
                tx.update("UPDATE net_address SET smtp_banner = ?", banner);
                tx.update("UPDATE observation SET summary = ?", banner);
                tx.update("UPDATE audit_event SET detail = ?", banner);
                tx.update("UPDATE provider SET organisation = ?", banner);
                assertEquals(List.of(banner), tx.query("SELECT smtp_banner FROM net_address", r -> r.text("smtp_banner")));
                assertEquals(List.of(banner), tx.query("SELECT summary FROM observation", r -> r.text("summary")));
                return null;
            });
        }
    }

    @Test
    public void aVersionThreeDatabaseGetsRowVersionsAndItsRowsCanBeSavedOver() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Database version3 = TestDatabase.database(data)) {
            Migrations.migrate(version3, 3);
            version3.transaction(tx -> {
                long id = tx.insert("INSERT INTO institution (name, city, reported_breach) VALUES (?, ?, ?)", "Schule am Park",
                        "Musterstadt", false);
                tx.update("INSERT INTO mail_domain (institution_id, name) VALUES (?, ?)", id, "schule-am-park.example");
                return null;
            });
        }
        try (AuditStore store = TestDatabase.open(data)) {
            Institution old = store.institutions().loadAll().get(0);
            assertEquals("a row from before has version 0", 0, old.getRowVersion());
            Institution copy = store.institutions().load(old.getId()).orElseThrow();
            old.setCity("Neustadt");
            store.institutions().save(old);
            assertEquals(1, store.institutions().load(old.getId()).orElseThrow().getRowVersion());
            copy.setCity("Altstadt");
            try {
                store.institutions().save(copy);
                fail("the copy read before the save was saved over it");
            } catch (SaveConflictException expected) {
                assertEquals("Neustadt", store.institutions().load(old.getId()).orElseThrow().getCity());
            }
        }
    }

    @Test
    public void aVersionFourDatabaseKeepsItsCasesWithoutFileNumbersAndStoresThemFromThen() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Database version4 = TestDatabase.database(data)) {
            Migrations.migrate(version4, 4);
            version4.transaction(tx -> {
                long institution = tx.insert("INSERT INTO institution (name, file_number, reported_breach) VALUES (?, ?, ?)",
                        "Pfarrei St. Marien", "2021-EX-017", false);
                long campaign = tx.insert("INSERT INTO campaign (title, template_id, selection_seed) VALUES (?, ?, ?)", "Hafnium 2021",
                        "proxylogon-2021", 42L);
                tx.insert("INSERT INTO audit_case (campaign_id, institution_id, selection_reason, state) VALUES (?, ?, ?, ?)",
                        campaign, institution, "KNOWN_CASE", "LETTER_SENT");
                return null;
            });
        }
        try (AuditStore store = TestDatabase.open(data)) {
            assertEquals(5, store.schemaVersion());
            Campaign campaign = store.campaigns().list().get(0);
            Campaign loaded = store.campaigns().load(campaign.getId()).orElseThrow();
            assertNull(loaded.getFileNumberPattern());
            AuditCase old = loaded.getCases().get(0);
            assertNull("a case from before has no number of its own", old.getFileNumber());
            assertEquals("2021-EX-017", old.getInstitution().getFileNumber());

            loaded.setFileNumberPattern("{year}-EX-{seq:3}");
            old.setFileNumber("2021-EX-001");
            store.campaigns().save(loaded);
            Campaign again = store.campaigns().load(campaign.getId()).orElseThrow();
            assertEquals("{year}-EX-{seq:3}", again.getFileNumberPattern());
            assertEquals("2021-EX-001", again.getCases().get(0).getFileNumber());
        }
    }

    @Test
    public void openingTwiceMigratesOnce() throws Exception {
        Path data = folder.getRoot().toPath();
        TestDatabase.open(data).close();
        try (AuditStore store = TestDatabase.open(data)) {
            assertEquals(Migrations.latest(), (long) store.counts().get("schema_version"));
        }
    }
}
