package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.CaseStep;
import org.auditbench.core.StepRefusedException;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every step from every state, on a real Derby store: allowed steps move the stored case and write the
 * stored trail (who, what); refused ones leave case and trail as they were.
 */
@RunWith(Parameterized.class)
public class CaseStepsOnStoreTest {

    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    private static final LocalDate DEADLINE = LocalDate.of(2021, 5, 31);
    /** After the deadline, so a reminder is possible. */
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 2);

    /** The transitions the issue asks for, written out independently of {@link CaseStep}. */
    private static final Set<String> ALLOWED = Set.of(
            "SELECTED RECORD_SCAN", "SCANNED RECORD_SCAN",
            "SCANNED GENERATE_LETTER", "LETTER_GENERATED GENERATE_LETTER",
            "LETTER_GENERATED SEND_LETTER",
            "LETTER_SENT RECORD_STATEMENT", "REMINDER_SENT RECORD_STATEMENT", "STATEMENT_RECEIVED RECORD_STATEMENT",
            "LETTER_SENT SEND_REMINDER",
            "STATEMENT_RECEIVED ASSESS", "REMINDER_SENT ASSESS",
            "ASSESSED CLOSE");

    private static Path folder;
    private static AuditStore store;
    private static Institution institution;

    @Parameters(name = "{0} {1}")
    public static Collection<Object[]> combinations() {
        List<Object[]> all = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (CaseStep step : CaseStep.values()) {
                all.add(new Object[] { state, step });
            }
        }
        return all;
    }

    @BeforeClass
    public static void openStore() throws Exception {
        folder = Files.createTempDirectory("case-steps");
        store = AuditStore.open(folder);
        institution = Fixtures.institution(0, "Pfarrei St. Marien", "Pfarrei", "st-marien.example");
        store.institutions().save(institution);
    }

    @AfterClass
    public static void closeStore() throws Exception {
        store.close();
        TempFolders.delete(folder);
    }

    private final CaseState state;
    private final CaseStep step;

    public CaseStepsOnStoreTest(CaseState state, CaseStep step) {
        this.state = state;
        this.step = step;
    }

    @Test
    public void stepIsAllowedExactlyWhereTheIssueSaysSo() throws Exception {
        Campaign campaign = Fixtures.campaignWithCaseIn(state, institution, SENT, DEADLINE);
        store.campaigns().save(campaign);
        long caseId = campaign.getCases().get(0).getId();
        int eventsBefore = store.auditTrail().about("AuditCase", caseId).size();
        boolean allowed = ALLOWED.contains(state + " " + step);
        try {
            perform(new CaseDesk(Fixtures.session(store, TODAY)), campaign.getId());
            if (!allowed) {
                fail(step + " from " + state + " should be refused");
            }
            assertEquals(step.target(), storedCase(campaign).getState());
            List<AuditEvent> events = store.auditTrail().about("AuditCase", caseId);
            AuditEvent last = events.get(events.size() - 1);
            assertEquals("case." + step.key(), last.getAction());
            assertEquals("pruefer", last.getActor());
            assertTrue(last.getDetail(), last.getDetail().startsWith(state.getName() + " -> " + step.target().getName()));
        } catch (StepRefusedException e) {
            if (allowed) {
                throw new AssertionError(step + " from " + state + " should be allowed", e);
            }
            assertEquals(state, storedCase(campaign).getState());
            assertEquals(eventsBefore, store.auditTrail().about("AuditCase", caseId).size());
            assertTrue(e.text().english(), e.text().english().startsWith("case " + caseId + " (Pfarrei St. Marien): cannot "));
            assertTrue(e.text().german(), e.text().german().startsWith("Fall " + caseId + " (Pfarrei St. Marien): "));
        }
    }

    private void perform(CaseDesk desk, long campaignId) throws BadInputException {
        long id = institution.getId();
        switch (step) {
        case RECORD_SCAN -> desk.recordScan(campaignId, id, Fixtures.F.createScanRun());
        case GENERATE_LETTER -> desk.recordLetterGenerated(campaignId, id, "letter.pdf");
        case SEND_LETTER -> desk.recordLetterSent(campaignId, id, SENT, DEADLINE);
        case RECORD_STATEMENT -> desk.recordStatement(campaignId, id, Fixtures.statement(StatementKind.ANSWER, TODAY));
        case SEND_REMINDER -> desk.recordReminderSent(campaignId, id, TODAY, TODAY.plusDays(14));
        case ASSESS -> desk.assess(campaignId, id, AssessmentVerdict.COMPLIANT, "chronology complete", List.of());
        case CLOSE -> desk.close(campaignId, id);
        }
    }

    private static AuditCase storedCase(Campaign campaign) {
        return store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0);
    }
}
