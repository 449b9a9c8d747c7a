package org.auditbench.store.tests;

import static org.auditbench.store.tests.ModelAssert.assertSameContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreOptions;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** An online backup, restored after later changes, gives back exactly the data of the moment of backup. */
public class BackupRestoreTest {

    @BeforeClass
    public static void embeddedOnly() {
        TestDatabase.assumeEmbedded();
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void restoreGivesBackTheDataOfTheBackup() throws Exception {
        Path data = folder.newFolder("data").toPath();
        Path backup = folder.newFolder("backup").toPath();
        List<Institution> institutions;
        Campaign campaign;
        ScanRun run;
        Map<String, Long> counts;
        try (AuditStore store = AuditStore.open(data)) {
            Institution kept = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            Institution gone = ModelSamples.institution("Kita Sonnenschein", "kita-sonnenschein.test");
            store.institutions().saveAll(List.of(kept, gone));
            campaign = ModelSamples.campaign(kept);
            store.campaigns().save(campaign);
            run = ModelSamples.scanRun(kept, 5);
            store.scanRuns().save(run);
            institutions = store.institutions().loadAll();
            counts = store.counts();

            store.backup(backup);

            store.institutions().delete(gone);
            store.institutions().save(ModelSamples.institution("Neu nach dem Backup", "neu.example"));
            store.campaigns().delete(campaign);
        }
        try (AuditStore restored = AuditStore.restore(data, backup, StoreOptions.defaults())) {
            assertSameContent(institutions, restored.institutions().loadAll());
            assertSameContent(campaign, restored.campaigns().load(campaign.getId()).orElseThrow());
            assertSameContent(run, restored.scanRuns().load(run.getId()).orElseThrow());
            Map<String, Long> after = restored.counts();
            after.remove("audit_event");
            counts.remove("audit_event");
            assertEquals(counts, after);
            assertEquals("restore", restored.auditTrail().recent(1).get(0).getAction());
        }
    }

    @Test(expected = StoreException.class)
    public void restoringFromAFolderWithoutBackupFails() throws Exception {
        AuditStore.restore(folder.newFolder("data").toPath(), folder.newFolder("empty").toPath(), StoreOptions.defaults());
    }

    @Test
    public void theStoreStaysUsableDuringAndAfterABackup() throws Exception {
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            store.backup(folder.newFolder("b1").toPath());
            store.institutions().save(ModelSamples.institution("Nach dem Backup", "nach.example"));
            assertTrue(store.institutions().findByDomain("nach.example").isPresent());
        }
    }
}
