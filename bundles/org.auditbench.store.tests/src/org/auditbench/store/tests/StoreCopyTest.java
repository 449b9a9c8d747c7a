package org.auditbench.store.tests;

import static org.auditbench.store.tests.ModelAssert.assertSameContent;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.auditbench.model.AuditEvent;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreOptions;
import org.auditbench.testing.postgres.PostgresServer;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** An embedded store copied to a PostgreSQL server and from there into a new embedded store: nothing lost. */
public class StoreCopyTest {

    @BeforeClass
    public static void onceFromTheEmbeddedRun() {
        TestDatabase.assumeEmbedded(); // the test itself goes both ways
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void derbyToPostgresAndBackKeepsEveryRowIdAndByte() throws Exception {
        Path data = folder.newFolder("derby").toPath();
        Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example", "xn--brgerstiftung-beispiel-slc.example");
        Campaign campaign = ModelSamples.campaign(institution);
        ScanRun run = ModelSamples.scanRun(institution, 3);
        run.setCampaign(campaign);
        Map<String, Long> original;
        List<AuditEvent> trail;
        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults().withActor("erika"))) {
            store.institutions().save(institution);
            store.campaigns().save(campaign);
            store.scanRuns().save(run);
            original = store.counts();
            trail = store.auditTrail().recent(100);
        }

        PostgresServer server = PostgresServer.shared();
        StoreOptions postgres = StoreOptions.defaults().withServer(server.newDatabase(), server.password());
        Path back = folder.getRoot().toPath().resolve("back");
        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults())) {
            Map<String, Long> copied = store.copyTo(data, postgres);
            assertEquals(original.get("observation"), copied.get("observation"));
        }
        try (AuditStore server1 = AuditStore.open(data, postgres)) {
            assertEquals("the server has every row, and one event for the copy", original.get("audit_event") + 1,
                    (long) server1.counts().get("audit_event"));
            assertTrue(server1.auditTrail().recent(1).get(0).getDetail().startsWith("copied from " + data.resolve("db")));
            server1.copyTo(back, StoreOptions.defaults());
            try {
                server1.copyTo(back, StoreOptions.defaults());
                fail("copied into a store that is not empty");
            } catch (InputRefusedException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("is not empty") && e.getMessage().contains("nothing was copied"));
            }
        }

        try (AuditStore copy = AuditStore.open(back)) {
            Map<String, Long> counts = copy.counts();
            assertEquals(original.get("institution"), counts.get("institution"));
            assertEquals(original.get("attachment"), counts.get("attachment"));
            assertEquals("two copies, two events", original.get("audit_event") + 2, (long) counts.get("audit_event"));
            assertEquals("the refused copy wrote nothing", original.get("observation"), counts.get("observation"));
            assertSameContent(List.of(institution), copy.institutions().loadAll());
            Campaign copiedCampaign = copy.campaigns().load(campaign.getId()).orElseThrow();
            assertSameContent(campaign, copiedCampaign);
            assertSameContent(run, copy.scanRuns().load(run.getId()).orElseThrow());
            assertArrayEquals("the attachment's bytes", "Microsoft Safety Scanner: no infection found".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), copy.campaigns().readContent(
                            copiedCampaign.getCases().get(0).getStatements().get(0).getAttachments().get(0)));
            assertEquals(trail.stream().map(AuditEvent::getDetail).toList(),
                    copy.auditTrail().recent(100).stream().skip(2).map(AuditEvent::getDetail).toList());
            Institution added = ModelSamples.institution("Nach der Kopie", "nach-der-kopie.example");
            copy.institutions().save(added);
            assertTrue("new ids follow the copied ones", added.getId() > institution.getId());
        }
    }
}
