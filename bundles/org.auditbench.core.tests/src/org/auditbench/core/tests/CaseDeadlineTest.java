package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.auditbench.core.CaseDeadline;
import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.junit.Test;

/** Overdue is computed from the letter's deadline and the day asked about. */
public class CaseDeadlineTest {

    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    private static final LocalDate DEADLINE = LocalDate.of(2021, 5, 31);

    @Test
    public void notOverdueTheDayBefore() {
        assertFalse(CaseDeadline.isOverdue(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), DEADLINE.minusDays(1)));
    }

    @Test
    public void notOverdueOnTheDay() {
        assertFalse(CaseDeadline.isOverdue(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), DEADLINE));
    }

    @Test
    public void overdueTheDayAfter() {
        assertTrue(CaseDeadline.isOverdue(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE), DEADLINE.plusDays(1)));
    }

    @Test
    public void neverOverdueOnceTheStatementCame() {
        assertFalse(CaseDeadline.isOverdue(Fixtures.caseIn(CaseState.STATEMENT_RECEIVED, SENT, DEADLINE), DEADLINE.plusDays(30)));
    }

    @Test
    public void noDeadlineBeforeTheLetterWasSent() {
        AuditCase generated = Fixtures.caseIn(CaseState.LETTER_GENERATED, SENT, DEADLINE);
        assertTrue(CaseDeadline.of(generated).isEmpty());
        assertFalse(CaseDeadline.isOverdue(generated, DEADLINE.plusDays(30)));
        assertEquals(DEADLINE, CaseDeadline.of(Fixtures.caseIn(CaseState.LETTER_SENT, SENT, DEADLINE)).orElseThrow());
    }
}
