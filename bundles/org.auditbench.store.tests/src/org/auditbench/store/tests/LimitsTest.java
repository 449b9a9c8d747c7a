package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * No hidden column limits: a text longer than its column is refused before anything is written, with
 * the field and both lengths named; texts that have no natural bound (reasons, texts from the network)
 * are held by the columns.
 */
public class LimitsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aCampaignTitleOverItsLimitIsRefusedWithTheFieldNamed() throws Exception {
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().save(institution);
            Campaign campaign = ModelSamples.campaign(institution);
            campaign.setTitle("T".repeat(312));
            assertRefused(() -> store.campaigns().save(campaign), "campaign title: 312 characters, at most 300");
            assertEquals("nothing of the campaign was written", 0, store.campaigns().list().size());
            assertEquals("the refused save kept no ids", 0, campaign.getId());

            campaign.setTitle("Exchange 2021");
            campaign.getCases().get(0).getStatements().get(0).getAttachments().get(0).setMediaType("text/" + "x".repeat(245));
            assertRefused(() -> store.campaigns().save(campaign), "attachment media type: 250 characters, at most 200");
            assertEquals(0, store.campaigns().list().size());
        }
    }

    @Test
    public void anInstitutionNameOverItsLimitIsRefusedWithTheFieldNamed() throws Exception {
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            Institution fine = ModelSamples.institution("Kita Sonnenschein", "kita.example");
            Institution tooLong = ModelSamples.institution("N".repeat(301), "lang.example");
            assertRefused(() -> store.institutions().saveAll(List.of(fine, tooLong)), "institution name: 301 characters, at most 300");
            assertEquals("all or nothing", 0, store.institutions().count());
        }
    }

    @Test
    public void longReasonsAreStoredAndTheirAuditCopyIsCutWithAMark() throws Exception {
        String reasons = "Begründung. ".repeat(4_000);
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().save(institution);
            Campaign campaign = ModelSamples.campaign(institution);
            store.campaigns().save(campaign);
            AuditCase auditCase = campaign.getCases().get(0);
            auditCase.getAssessment().setReasons(reasons);
            AuditEvent step = org.auditbench.model.AuditFactory.eINSTANCE.createAuditEvent();
            step.setAction("case.assess");
            step.setSubjectType("AuditCase");
            step.setSubjectId(auditCase.getId());
            step.setDetail("DEFICIENT: " + reasons);
            store.campaigns().save(auditCase, () -> List.of(step));

            Campaign loaded = store.campaigns().load(campaign.getId()).orElseThrow();
            assertEquals(reasons, loaded.getCases().get(0).getAssessment().getReasons());
            String detail = store.auditTrail().recent(1).get(0).getDetail();
            assertTrue(detail.length() + " characters", detail.length() <= 32_000 && detail.length() > 30_000);
            assertTrue(detail.substring(detail.length() - 60), detail.endsWith("[cut: 48,011 characters in all]"));
        }
    }

    @Test
    public void networkTextsOfTheScanBoundsAreStored() throws Exception {
        String banner = "220-" + "x".repeat(7_996);
        String summary = "MX: " + "mx.example ".repeat(1_454);
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().save(institution);
            ScanRun run = ModelSamples.scanRun(institution, 1);
            List<NetAddress> addresses = run.getDomainScans().get(0).getMailServers().get(0).getAddresses();
            addresses.get(0).setSmtpBanner(banner);
            for (NetAddress sameProvider : addresses) {
                sameProvider.getProvider().setOrganisation("AS-" + "o".repeat(7_997));
                sameProvider.getProvider().setCountry("DE" + "c".repeat(7_998));
            }
            Observation observation = run.getDomainScans().get(0).getObservations().get(0);
            observation.setSummary(summary);
            store.scanRuns().save(run);

            ScanRun loaded = store.scanRuns().load(run.getId()).orElseThrow();
            NetAddress loadedAddress = loaded.getDomainScans().get(0).getMailServers().get(0).getAddresses().get(0);
            assertEquals(banner, loadedAddress.getSmtpBanner());
            assertEquals(8_000, loadedAddress.getProvider().getOrganisation().length());
            assertEquals(8_000, loadedAddress.getProvider().getCountry().length());
            assertEquals(summary, loaded.getDomainScans().get(0).getObservations().get(0).getSummary());
            Map<String, Long> counts = store.counts();
            assertEquals(1, (long) counts.get("scan_run"));
        }
    }

    private static void assertRefused(Runnable save, String message) {
        try {
            save.run();
            fail("saved although: " + message);
        } catch (InputRefusedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(message));
        }
    }
}
