package org.auditbench.core.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.auditbench.core.CaseStep;
import org.auditbench.model.CaseState;
import org.junit.Test;

/** A step is offered only where the workflow would take it: the state allows it and, for a reminder, the deadline has passed. */
public class CaseStepOfferedTest {

    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    private static final LocalDate DEADLINE = LocalDate.of(2021, 5, 31);

    @Test
    public void reminderOfferedOnlyOnceTheDeadlineHasPassed() {
        assertFalse(CaseStep.SEND_REMINDER.offeredFor(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), DEADLINE));
        assertTrue(CaseStep.SEND_REMINDER.offeredFor(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), DEADLINE.plusDays(1)));
    }

    @Test
    public void noSecondReminder() {
        assertFalse(CaseStep.SEND_REMINDER.offeredFor(Fixtures.caseIn(CaseState.REMINDER_SENT, SENT, DEADLINE), DEADLINE.plusDays(9)));
    }

    @Test
    public void statementOfferedWhileALetterIsOutWhateverTheDate() {
        assertTrue(CaseStep.RECORD_STATEMENT.offeredFor(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), SENT));
        assertTrue(CaseStep.RECORD_STATEMENT.offeredFor(Fixtures.caseIn(CaseState.REMINDER_SENT, SENT, DEADLINE), DEADLINE.plusDays(30)));
        assertFalse(CaseStep.RECORD_STATEMENT.offeredFor(Fixtures.caseIn(CaseState.LETTER_GENERATED, SENT, DEADLINE), SENT));
    }
}
