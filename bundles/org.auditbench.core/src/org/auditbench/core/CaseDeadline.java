package org.auditbench.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.Letter;

/**
 * The deadline that binds a case now and whether it has passed. Both are computed from the letters
 * sent and the day asked about, never stored: a stored "overdue" flag would go stale overnight.
 */
public final class CaseDeadline {

    private CaseDeadline() {
    }

    /** The deadline of the last letter sent (the reminder's, once one went out). */
    public static Optional<LocalDate> of(AuditCase auditCase) {
        return auditCase.getLetters().stream()
                .filter(l -> l.getSentOn() != null && l.getDeadline() != null)
                .max(Comparator.comparing(Letter::getSentOn))
                .map(l -> Dates.of(l.getDeadline()));
    }

    /** Whether the case still waits for an answer, after its deadline day has ended. */
    public static boolean isOverdue(AuditCase auditCase, LocalDate today) {
        return awaitsAnswer(auditCase) && of(auditCase).map(today::isAfter).orElse(false);
    }

    /** Whether a letter or reminder is out and no statement has come in yet. */
    public static boolean awaitsAnswer(AuditCase auditCase) {
        return auditCase.getState() == CaseState.LETTER_SENT || auditCase.getState() == CaseState.REMINDER_SENT;
    }
}
