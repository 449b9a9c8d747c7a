package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
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
        try (Database version1 = Database.open(data, StoreOptions.defaults())) {
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

        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            List<Institution> found = store.institutions().search("bürgerstiftung-beispiel", 5);
            assertEquals("the Unicode column is filled for rows of the old version", 1, found.size());
            assertEquals("bürgerstiftung-beispiel.example", found.get(0).getMailDomains().get(0).getUnicodeName());
            assertEquals("one row per applied version", Migrations.latest(), (long) store.counts().get("schema_version"));
        }
        try (Database current = Database.open(data, StoreOptions.defaults())) {
            assertEquals("bürgerstiftung-beispiel.example", current.transaction(tx -> tx.query(
                    "SELECT unicode_name FROM mail_domain", row -> row.text("unicode_name")).get(0)));
        }
    }

    @Test
    public void openingTwiceMigratesOnce() throws Exception {
        Path data = folder.getRoot().toPath();
        AuditStore.open(data).close();
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(Migrations.latest(), (long) store.counts().get("schema_version"));
        }
    }
}
