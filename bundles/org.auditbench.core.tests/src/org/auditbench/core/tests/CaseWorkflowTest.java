package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.auditbench.core.AuditTrail;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseStep;
import org.auditbench.core.CaseWorkflow;
import org.auditbench.core.StepRefusedException;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.CaseState;
import org.auditbench.model.StatementKind;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every step from every state: allowed ones move the case and write the trail, the others are refused. */
@RunWith(Parameterized.class)
public class CaseWorkflowTest {

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

    private final CaseState state;
    private final CaseStep step;

    public CaseWorkflowTest(CaseState state, CaseStep step) {
        this.state = state;
        this.step = step;
    }

    @Test
    public void stepIsAllowedExactlyWhereTheIssueSaysSo() throws Exception {
        AuditCase auditCase = Fixtures.caseIn(state, SENT, DEADLINE);
        AuditTrail trail = Fixtures.trail(TODAY);
        boolean allowed = ALLOWED.contains(state + " " + step);
        try {
            perform(new CaseWorkflow(trail), auditCase);
            if (!allowed) {
                fail(step + " from " + state + " should be refused");
            }
            assertEquals(step.target(), auditCase.getState());
            List<AuditEvent> events = trail.takeEvents();
            assertEquals(1, events.size());
            AuditEvent event = events.get(0);
            assertEquals("case." + step.key(), event.getAction());
            assertEquals("pruefer", event.getActor());
            assertEquals(12L, event.getSubjectId());
            assertEquals("AuditCase", event.getSubjectType());
            assertEquals(trail.clock().instant(), event.getAt().toInstant());
            assertTrue(event.getDetail(), event.getDetail().startsWith(state.getName() + " -> " + step.target().getName()));
        } catch (StepRefusedException e) {
            if (allowed) {
                throw new AssertionError(step + " from " + state + " should be allowed", e);
            }
            assertEquals(state, auditCase.getState());
            assertTrue(trail.takeEvents().isEmpty());
            assertTrue(e.text().english(), e.text().english().startsWith("case 12 (Pfarrei St. Marien): cannot "));
            assertTrue(e.text().german(), e.text().german().startsWith("Fall 12 (Pfarrei St. Marien): "));
        }
    }

    private void perform(CaseWorkflow workflow, AuditCase auditCase) throws BadInputException {
        switch (step) {
        case RECORD_SCAN -> workflow.recordScan(auditCase, Fixtures.F.createScanRun());
        case GENERATE_LETTER -> workflow.recordLetterGenerated(auditCase, "letter-12.pdf");
        case SEND_LETTER -> workflow.recordLetterSent(auditCase, SENT, DEADLINE);
        case RECORD_STATEMENT -> workflow.recordStatement(auditCase, Fixtures.statement(StatementKind.ANSWER, TODAY));
        case SEND_REMINDER -> workflow.recordReminderSent(auditCase, TODAY, TODAY.plusDays(14));
        case ASSESS -> workflow.assess(auditCase, AssessmentVerdict.COMPLIANT, "chronology complete", List.of());
        case CLOSE -> workflow.close(auditCase);
        }
    }
}
