package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.CaseWorkflow;
import org.auditbench.core.Dates;
import org.auditbench.core.StepRefusedException;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.FollowUp;
import org.auditbench.model.LetterKind;
import org.auditbench.model.StatementKind;
import org.junit.Test;

/** The guards beyond the transition table: deadlines, reasons, follow-ups; and the wording of refusals. */
public class CaseWorkflowRulesTest {

    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    private static final LocalDate DEADLINE = LocalDate.of(2021, 5, 31);

    @Test
    public void statementBeforeTheLetterWasSentIsRefusedWithAClearMessage() {
        AuditCase auditCase = Fixtures.caseIn(CaseState.LETTER_GENERATED, SENT, DEADLINE);
        StepRefusedException e = assertThrows(StepRefusedException.class, () -> new CaseWorkflow(Fixtures.steps(SENT))
                .recordStatement(auditCase, Fixtures.statement(StatementKind.ANSWER, SENT)));
        assertEquals("case 12 (Pfarrei St. Marien): cannot record a statement before the letter was sent", e.text().english());
        assertEquals("Fall 12 (Pfarrei St. Marien): Erfassen einer Stellungnahme ist vor dem Versand des Anschreibens nicht möglich",
                e.text().german());
    }

    @Test
    public void statementsReceivedInTheFutureOrBeforeTheLetterAreRefused() {
        AuditCase auditCase = Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE);
        CaseWorkflow workflow = new CaseWorkflow(Fixtures.steps(SENT.plusDays(10)));
        StepRefusedException future = assertThrows(StepRefusedException.class,
                () -> workflow.recordStatement(auditCase, Fixtures.statement(StatementKind.ANSWER, LocalDate.of(2099, 1, 1))));
        assertEquals("case 12 (Pfarrei St. Marien): a statement received on 2099-01-01 lies in the future (today is 2021-05-06)",
                future.text().english());
        assertEquals("Fall 12 (Pfarrei St. Marien): Eine am 2099-01-01 eingegangene Stellungnahme liegt in der Zukunft"
                + " (heute ist der 2021-05-06)", future.text().german());
        StepRefusedException early = assertThrows(StepRefusedException.class,
                () -> workflow.recordStatement(auditCase, Fixtures.statement(StatementKind.ANSWER, SENT.minusDays(1))));
        assertEquals("case 12 (Pfarrei St. Marien): a statement received on 2021-04-25 is dated before the letter was sent on 2021-04-26",
                early.text().english());
        assertEquals(CaseState.LETTER_SENT, auditCase.getState());
        assertTrue(auditCase.getStatements().isEmpty());
    }

    @Test
    public void lettersSentBeforeTheCampaignWasCreatedAreRefused() throws Exception {
        AuditCase auditCase = Fixtures.caseIn(CaseState.LETTER_GENERATED, SENT, DEADLINE);
        auditCase.getCampaign().setCreatedOn(Dates.of(SENT));
        CaseWorkflow workflow = new CaseWorkflow(Fixtures.steps(SENT));
        StepRefusedException e = assertThrows(StepRefusedException.class,
                () -> workflow.recordLetterSent(auditCase, SENT.minusDays(1), DEADLINE));
        assertEquals("case 12 (Pfarrei St. Marien): letters sent on 2021-04-25 are dated before the campaign was created on 2021-04-26",
                e.text().english());
        assertEquals("Fall 12 (Pfarrei St. Marien): Der Versand am 2021-04-25 liegt vor der Anlage der Prüfaktion am 2021-04-26",
                e.text().german());
        assertEquals(CaseState.LETTER_GENERATED, auditCase.getState());
        workflow.recordLetterSent(auditCase, SENT, DEADLINE);
        assertEquals(CaseState.LETTER_SENT, auditCase.getState());
    }

    @Test
    public void statementAfterClosingNamesTheState() {
        AuditCase auditCase = Fixtures.caseIn(CaseState.CLOSED, SENT, DEADLINE);
        StepRefusedException e = assertThrows(StepRefusedException.class, () -> new CaseWorkflow(Fixtures.steps(SENT))
                .recordStatement(auditCase, Fixtures.statement(StatementKind.ANSWER, SENT)));
        assertEquals("case 12 (Pfarrei St. Marien): cannot record a statement: the case is at 'closed'", e.text().english());
    }

    @Test
    public void reminderOnlyAfterTheDeadline() throws Exception {
        AuditCase auditCase = Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE);
        CaseWorkflow workflow = new CaseWorkflow(Fixtures.steps(DEADLINE));
        StepRefusedException e = assertThrows(StepRefusedException.class,
                () -> workflow.recordReminderSent(auditCase, DEADLINE, DEADLINE.plusDays(14)));
        assertTrue(e.text().english(), e.text().english().contains("before the deadline 2021-05-31 has passed"));
        assertEquals(CaseState.LETTER_SENT, auditCase.getState());

        workflow.recordReminderSent(auditCase, DEADLINE.plusDays(1), DEADLINE.plusDays(15));
        assertEquals(CaseState.REMINDER_SENT, auditCase.getState());
        assertEquals(LetterKind.REMINDER, auditCase.getLetters().get(1).getKind());
        assertEquals(DEADLINE.plusDays(15), CaseDeadline.of(auditCase).orElseThrow());
    }

    @Test
    public void noAnswerOnlyAfterTheDeadline() throws Exception {
        AuditCase onTheDay = Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE);
        assertThrows(StepRefusedException.class, () -> new CaseWorkflow(Fixtures.steps(DEADLINE))
                .recordStatement(onTheDay, Fixtures.statement(StatementKind.NO_ANSWER, DEADLINE)));

        AuditCase dayAfter = Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE);
        new CaseWorkflow(Fixtures.steps(DEADLINE.plusDays(1))).recordStatement(dayAfter,
                Fixtures.statement(StatementKind.NO_ANSWER, DEADLINE.plusDays(1)));
        assertEquals(CaseState.STATEMENT_RECEIVED, dayAfter.getState());
    }

    @Test
    public void deadlineMustFollowTheSendingDate() {
        AuditCase auditCase = Fixtures.caseIn(CaseState.LETTER_GENERATED, SENT, DEADLINE);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new CaseWorkflow(Fixtures.steps(SENT)).recordLetterSent(auditCase, SENT, SENT));
        assertTrue(e.getMessage(), e.getMessage().contains("must lie after the sending date"));
        assertEquals(CaseState.LETTER_GENERATED, auditCase.getState());
    }

    @Test
    public void assessmentNeedsReasonsAndFollowUpsWithFutureDueDates() throws Exception {
        LocalDate today = LocalDate.of(2021, 6, 10);
        CaseWorkflow workflow = new CaseWorkflow(Fixtures.steps(today));
        AuditCase auditCase = Fixtures.caseIn(CaseState.STATEMENT_RECEIVED, SENT, DEADLINE);
        assertThrows(BadInputException.class, () -> workflow.assess(auditCase, AssessmentVerdict.DEFICIENT, " ", List.of()));
        assertThrows(BadInputException.class,
                () -> workflow.assess(auditCase, AssessmentVerdict.FOLLOW_UP_NEEDED, "no detection run", List.of()));
        assertThrows(BadInputException.class, () -> workflow.assess(auditCase, AssessmentVerdict.FOLLOW_UP_NEEDED,
                "no detection run", List.of(followUp("run MSERT", today))));
        assertEquals(CaseState.STATEMENT_RECEIVED, auditCase.getState());

        workflow.assess(auditCase, AssessmentVerdict.FOLLOW_UP_NEEDED, "no detection run",
                List.of(followUp("run MSERT and report", today.plusDays(30))));
        assertEquals(CaseState.ASSESSED, auditCase.getState());
        assertEquals("pruefer", auditCase.getAssessment().getAssessor());
        assertEquals(today, Dates.of(auditCase.getAssessment().getAssessedOn()));
        assertEquals(1, auditCase.getAssessment().getFollowUps().size());
    }

    private static FollowUp followUp(String action, LocalDate due) {
        FollowUp followUp = Fixtures.F.createFollowUp();
        followUp.setAction(action);
        followUp.setDueDate(Dates.of(due));
        return followUp;
    }
}
