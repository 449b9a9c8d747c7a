package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.Statement;
import org.auditbench.store.AuditStore;
import org.auditbench.store.SaveConflictException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Two copies of the same institution or case, as two auditors' workbenches hold them: the first save
 * wins, the second is refused with who changed what and when, and nothing is lost; saves on different
 * cases of one campaign never get in each other's way. On the server run each auditor has a store (a
 * connection) of their own; embedded, both work through one store under two names.
 */
public class ConcurrentEditTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aSaveOverAnotherAuditorsNewerChangeIsRefusedAndCanBeOverwrittenDeliberately() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Auditors auditors = new Auditors(data)) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            auditors.erika().institutions().save(institution);
            Institution erikas = auditors.erika().institutions().load(institution.getId()).orElseThrow();
            Institution maxs = auditors.max().institutions().load(institution.getId()).orElseThrow();

            erikas.setCity("Musterstadt");
            auditors.erika().institutions().save(erikas);
            maxs.setCity("Beispielstadt");
            maxs.getMailDomains().clear();
            try {
                auditors.max().institutions().save(maxs);
                fail("saved over erika's change");
            } catch (SaveConflictException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("the institution #" + institution.getId() + " 'Pfarrei St. Marien'")
                        && e.getMessage().contains("changed by erika on 20"));
                assertEquals("erika", e.changedBy());
                assertEquals(2, e.storedVersion());
            }
            assertEquals("max's edits stay in his copy", "Beispielstadt", maxs.getCity());
            assertEquals("and his copy still names the version he read", 1, maxs.getRowVersion());
            Institution stored = auditors.max().institutions().load(institution.getId()).orElseThrow();
            assertEquals("erika's change is stored", "Musterstadt", stored.getCity());
            assertEquals("nothing of max's refused save", 1, stored.getMailDomains().size());

            maxs.setRowVersion(2); // overwrite, knowing what is there
            auditors.max().institutions().save(maxs);
            Institution overwritten = auditors.erika().institutions().load(institution.getId()).orElseThrow();
            assertEquals("Beispielstadt", overwritten.getCity());
            assertEquals(3, overwritten.getRowVersion());
        }
    }

    @Test
    public void theNewestEventTellsAnotherClientThatSomethingChanged() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Auditors auditors = new Auditors(data)) {
            long before = auditors.max().auditTrail().newestId();
            assertEquals("nothing changed, nothing seen", before, auditors.max().auditTrail().newestId());
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            auditors.erika().institutions().save(institution);
            long afterSave = auditors.max().auditTrail().newestId();
            assertTrue("erika's save seen by max", afterSave > before);
            auditors.erika().institutions().delete(institution);
            assertTrue("erika's delete seen by max", auditors.max().auditTrail().newestId() > afterSave);
        }
    }

    @Test
    public void stepsOnTheSameCaseAreSerialisedAndStepsOnOtherCasesAreNot() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Auditors auditors = new Auditors(data)) {
            Institution marien = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            Institution klinikum = ModelSamples.institution("Klinikum Beispielstadt", "klinikum.example");
            auditors.erika().institutions().saveAll(List.of(marien, klinikum));
            Campaign campaign = ModelSamples.campaign(marien);
            campaign.getCases().add(ModelSamples.campaign(klinikum).getCases().get(0));
            auditors.erika().campaigns().save(campaign);

            Campaign erikas = auditors.erika().campaigns().load(campaign.getId()).orElseThrow();
            Campaign maxs = auditors.max().campaigns().load(campaign.getId()).orElseThrow();
            record(auditors.erika(), erikas.getCases().get(0), "Erika: Antwort eingegangen");
            record(auditors.max(), maxs.getCases().get(1), "Max: Antwort des Klinikums");
            AuditCase sameCase = maxs.getCases().get(0);
            Statement maxsStatement = ModelSamples.statement();
            sameCase.getStatements().add(maxsStatement);
            try {
                auditors.max().campaigns().save(maxsStatement);
                fail("max's statement went into a case erika had changed since he read it");
            } catch (SaveConflictException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("the audit case #" + sameCase.getId() + " 'Pfarrei St. Marien'"));
            }
            try {
                auditors.max().campaigns().save(sameCase, List::of);
                fail("max's copy of the case would have removed erika's statement");
            } catch (SaveConflictException expected) {
                // the whole case is refused as well
            }
            assertEquals("max keeps his statement to save again", 2, sameCase.getStatements().size());

            Campaign stored = auditors.erika().campaigns().load(campaign.getId()).orElseThrow();
            assertEquals(List.of("Patch am 10.03. installiert", "Erika: Antwort eingegangen"), summaries(stored.getCases().get(0)));
            assertEquals(List.of("Patch am 10.03. installiert", "Max: Antwort des Klinikums"), summaries(stored.getCases().get(1)));
            assertEquals(4, (long) auditors.erika().counts().get("statement"));
        }
    }

    @Test
    public void aCampaignSavedFromAnOldCopyOverwritesNoCaseSomebodyChanged() throws Exception {
        Path data = folder.getRoot().toPath();
        try (Auditors auditors = new Auditors(data)) {
            Institution marien = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            auditors.erika().institutions().save(marien);
            Campaign campaign = ModelSamples.campaign(marien);
            auditors.erika().campaigns().save(campaign);
            Campaign maxs = auditors.max().campaigns().load(campaign.getId()).orElseThrow();
            record(auditors.erika(), campaign.getCases().get(0), "Erika: Nachfrage");
            maxs.setTitle("Exchange 2021 (umbenannt)");
            try {
                auditors.max().campaigns().save(maxs);
                fail("the old copy's case replaced erika's");
            } catch (SaveConflictException e) {
                assertEquals("erika", e.changedBy());
            }
            Campaign stored = auditors.erika().campaigns().load(campaign.getId()).orElseThrow();
            assertEquals("nothing of the refused save", "Exchange-Schwachstellen März 2021", stored.getTitle());
            assertEquals(2, stored.getCases().get(0).getStatements().size());
        }
    }

    private static void record(AuditStore store, AuditCase auditCase, String summary) {
        Statement statement = ModelSamples.statement();
        statement.setSummary(summary);
        auditCase.getStatements().add(statement);
        store.campaigns().save(auditCase, List::of);
    }

    private static List<String> summaries(AuditCase auditCase) {
        return auditCase.getStatements().stream().map(Statement::getSummary).toList();
    }

    /** Erika and Max: two connections on the server, one store under two names on the embedded database. */
    private static final class Auditors implements AutoCloseable {

        private final AuditStore erika;
        private final AuditStore max;

        Auditors(Path data) {
            erika = AuditStore.open(data, TestDatabase.options(data).withActor("erika"));
            max = TestDatabase.onServer() ? AuditStore.open(data, TestDatabase.options(data).withActor("max")) : null;
        }

        AuditStore erika() {
            if (max == null) {
                erika.setActor("erika");
            }
            return erika;
        }

        AuditStore max() {
            if (max == null) {
                erika.setActor("max");
                return erika;
            }
            return max;
        }

        @Override
        public void close() {
            erika.close();
            if (max != null) {
                max.close();
            }
        }
    }
}
