package org.auditbench.store.tests;

import static org.auditbench.store.tests.ModelAssert.assertSameContent;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.auditbench.model.Attachment;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.Statement;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreOptions;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Every model class goes into the store and comes back the same, also after the store was reopened. */
public class RoundTripTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void everyModelClassComesBackAsSaved() throws Exception {
        Path data = folder.getRoot().toPath();
        Institution institution = ModelSamples.institution("Pfarrei St. Marien Musterstadt", "st-marien-musterstadt.example",
                "xn--brgerstiftung-beispiel-slc.example");
        Campaign campaign = ModelSamples.campaign(institution);
        ScanRun run = ModelSamples.scanRun(institution, 3);
        run.setCampaign(campaign);
        ScanRun followUpRun = ModelSamples.scanRun(institution, 1);
        followUpRun.setPreviousRun(run);
        try (AuditStore store = AuditStore.open(data, TestDatabase.on(data, StoreOptions.defaults().withActor("erika")))) {
            store.institutions().save(institution);
            store.campaigns().save(campaign);
            store.scanRuns().save(run);
            store.scanRuns().save(followUpRun);
        }
        assertCoversEveryModelClass(institution, campaign, run);
        Attachment attachment = campaign.getCases().get(0).getStatements().get(0).getAttachments().get(0);
        assertNull("stored bytes are no longer held", attachment.getContent());

        try (AuditStore store = TestDatabase.open(data)) {
            assertSameContent(List.of(institution), store.institutions().loadAll());
            Campaign loadedCampaign = store.campaigns().load(campaign.getId()).orElseThrow();
            assertSameContent(campaign, loadedCampaign);
            ScanRun loadedRun = store.scanRuns().load(run.getId()).orElseThrow();
            assertSameContent(run, loadedRun);
            assertSame("one provider row for one AS number", loadedRun.getDomainScans().get(0).getMailServers().get(0)
                    .getAddresses().get(0).getProvider(), loadedRun.getDomainScans().get(1).getMailServers().get(0)
                    .getAddresses().get(1).getProvider());
            assertEquals(1, (long) store.counts().get("provider"));
            assertEquals(run.getId(), store.scanRuns().load(followUpRun.getId()).orElseThrow().getPreviousRun().getId());
            Attachment loadedAttachment = loadedCampaign.getCases().get(0).getStatements().get(0).getAttachments().get(0);
            assertArrayEquals("Microsoft Safety Scanner: no infection found".getBytes(StandardCharsets.UTF_8),
                    store.campaigns().readContent(loadedAttachment));
            assertEquals(loadedAttachment.getSize(), store.campaigns().readContent(loadedAttachment).length);

            List<AuditEvent> trail = store.auditTrail().recent(10);
            assertEquals(4, trail.size());
            assertTrue(trail.stream().allMatch(e -> e.getActor().equals("erika") && e.getAt() != null));
            assertEquals(List.of("ScanRun", "ScanRun", "Campaign", "Institution"),
                    trail.stream().map(AuditEvent::getSubjectType).toList());
        }
    }

    @Test
    public void changesAndRemovalsOfChildrenAreStored() throws Exception {
        Path data = folder.getRoot().toPath();
        try (AuditStore store = TestDatabase.open(data)) {
            Institution institution = ModelSamples.institution("Klinikum Beispielstadt", "klinikum-beispielstadt.example",
                    "klinikum.test");
            store.institutions().save(institution);
            Campaign campaign = ModelSamples.campaign(institution);
            store.campaigns().save(campaign);

            institution.getMailDomains().remove(1);
            institution.setCity("Neustadt");
            store.institutions().save(institution);
            Statement statement = campaign.getCases().get(0).getStatements().get(0);
            statement.getMeasures().clear();
            statement.setSummary("ergänzt");
            statement.getAttachments().get(0).setFileName("msert-2.log");
            campaign.getCases().get(0).getStatements().add(ModelSamples.statement());
            store.campaigns().save(statement);
            store.campaigns().save(campaign.getCases().get(0).getStatements().get(1));
            campaign.getCases().get(0).setAssessment(null);
            store.campaigns().saveCaseState(campaign.getCases().get(0));
            assertEquals(0, (long) store.counts().get("follow_up"));
            campaign.getCases().get(0).setAssessment(ModelSamples.campaign(institution).getCases().get(0).getAssessment());
            store.campaigns().saveCaseState(campaign.getCases().get(0));
            campaign.getCases().get(0).setAssessment(ModelSamples.campaign(institution).getCases().get(0).getAssessment());
            store.campaigns().save(campaign);

            assertSameContent(institution, store.institutions().load(institution.getId()).orElseThrow());
            assertSameContent(campaign, store.campaigns().load(campaign.getId()).orElseThrow());
            assertEquals("a replaced assessment takes the place of the stored one", 1, (long) store.counts().get("assessment"));
            assertEquals(1, (long) store.counts().get("mail_domain"));
        }
    }

    @Test
    public void aFailedSaveStoresNothingAndLeavesTheObjectsNew() throws Exception {
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            store.institutions().save(ModelSamples.institution("Schule am Park", "schule-am-park.example"));
            Institution fresh = ModelSamples.institution("Gymnasium Nord", "gymnasium-nord.example");
            Institution clash = ModelSamples.institution("Schule im Park", "schule-am-park.example");
            try {
                store.institutions().saveAll(List.of(fresh, clash));
                fail("a domain of another institution must be refused");
            } catch (StoreException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("schule-am-park.example"));
            }
            assertEquals(0, fresh.getId());
            assertEquals(0, fresh.getMailDomains().get(0).getId());
            assertEquals(1, store.institutions().count());
            assertEquals(1, store.auditTrail().recent(10).size());
        }
    }

    @Test
    public void searchAndLatestScansAnswerWithoutLoadingEverything() throws Exception {
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            Institution marien = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example",
                    "xn--brgerstiftung-beispiel-slc.example");
            Institution other = ModelSamples.institution("Stadtwerke 100%", "stadtwerke.example");
            other.setCity("Beispielheim");
            store.institutions().saveAll(List.of(marien, other));
            assertEquals(List.of(marien.getId()), ids(store.institutions().search("MARIEN", 10)));
            assertEquals(List.of(marien.getId()), ids(store.institutions().search("bürgerstiftung", 10)));
            assertEquals(List.of(other.getId()), ids(store.institutions().search("100%", 10)));
            assertEquals(List.of(other.getId()), ids(store.institutions().search("beispielheim", 10)));
            assertEquals(marien.getId(), store.institutions().findByDomain("st-marien.example").orElseThrow().getId());

            ScanRun first = ModelSamples.scanRun(marien, 2);
            store.scanRuns().save(first);
            ScanRun second = ModelSamples.scanRun(marien, 1);
            second.getDomainScans().remove(1);
            store.scanRuns().save(second);
            List<DomainScan> latest = store.scanRuns().latestDomainScans(marien);
            assertEquals(2, latest.size());
            assertEquals(second.getDomainScans().get(0).getId(), latest.get(1).getId());
            assertEquals(1, latest.get(1).getObservations().size());
            assertEquals(first.getDomainScans().get(1).getId(), latest.get(0).getId());
            assertSame(marien, latest.get(0).getInstitution());
            Map<Long, List<DomainScan>> both = store.scanRuns().latestDomainScans(List.of(marien, other));
            assertEquals("one read gives the same as one per institution", ids(latest, DomainScan::getId),
                    ids(both.get(marien.getId()), DomainScan::getId));
            assertSame(marien, both.get(marien.getId()).get(0).getInstitution());
            assertFalse("no scan of the other institution", both.containsKey(other.getId()));
        }
    }

    private static <T> List<Long> ids(List<T> objects, ToLongFunction<T> id) {
        return objects.stream().map(o -> id.applyAsLong(o)).sorted().toList();
    }

    private static List<Long> ids(List<Institution> institutions) {
        return institutions.stream().map(Institution::getId).toList();
    }

    /** Guards the round trip against new model classes nobody stores. */
    private static void assertCoversEveryModelClass(EObject... roots) {
        Set<EClass> seen = new HashSet<>();
        for (EObject root : roots) {
            seen.add(root.eClass());
            root.eAllContents().forEachRemaining(o -> seen.add(o.eClass()));
        }
        seen.add(AuditPackage.Literals.PROVIDER);
        seen.add(AuditPackage.Literals.AUDIT_EVENT);
        seen.add(AuditPackage.Literals.AUDIT_REGISTRY);
        for (EClassifier classifier : AuditPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract()) {
                assertTrue("the round trip does not cover " + c.getName(), seen.contains(c));
            }
        }
    }
}
