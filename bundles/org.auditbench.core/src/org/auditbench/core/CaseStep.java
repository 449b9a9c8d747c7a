package org.auditbench.core;

import static org.auditbench.model.CaseState.ASSESSED;
import static org.auditbench.model.CaseState.CLOSED;
import static org.auditbench.model.CaseState.LETTER_GENERATED;
import static org.auditbench.model.CaseState.LETTER_SENT;
import static org.auditbench.model.CaseState.REMINDER_SENT;
import static org.auditbench.model.CaseState.SCANNED;
import static org.auditbench.model.CaseState.SELECTED;
import static org.auditbench.model.CaseState.STATEMENT_RECEIVED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;

/**
 * The steps of one case's life and the states each may start from: the one table of allowed
 * transitions. A scan may be repeated and a letter regenerated until the letter is sent; further
 * statements may follow the first; a case whose reminder went unanswered can still be assessed.
 */
public enum CaseStep {

    RECORD_SCAN("scan", SCANNED, EnumSet.of(SELECTED, SCANNED)),
    GENERATE_LETTER("letter-generated", LETTER_GENERATED, EnumSet.of(SCANNED, LETTER_GENERATED)),
    SEND_LETTER("letter-sent", LETTER_SENT, EnumSet.of(LETTER_GENERATED)),
    RECORD_STATEMENT("statement", STATEMENT_RECEIVED, EnumSet.of(LETTER_SENT, REMINDER_SENT, STATEMENT_RECEIVED)),
    SEND_REMINDER("reminder-sent", REMINDER_SENT, EnumSet.of(LETTER_SENT)),
    ASSESS("assessed", ASSESSED, EnumSet.of(STATEMENT_RECEIVED, REMINDER_SENT)),
    CLOSE("closed", CLOSED, EnumSet.of(ASSESSED));

    private final String key;
    private final CaseState target;
    private final Set<CaseState> from;

    CaseStep(String key, CaseState target, Set<CaseState> from) {
        this.key = key;
        this.target = target;
        this.from = from;
    }

    /** The name of the step in the audit trail ({@code case.letter-sent}) and in the message keys. */
    public String key() {
        return key;
    }

    public CaseState target() {
        return target;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    /**
     * Whether the workflow would take this step on {@code auditCase} on {@code today}: its state allows
     * it and, for a reminder, the deadline has passed. What the workbench offers, so it never offers a
     * step only to refuse it.
     */
    public boolean offeredFor(AuditCase auditCase, LocalDate today) {
        return allowedFrom(auditCase.getState()) && (this != SEND_REMINDER || CaseDeadline.isOverdue(auditCase, today));
    }

    /** Whether {@code state} comes before every state this step may start from (too early, not too late). */
    boolean tooEarlyIn(CaseState state) {
        return from.stream().allMatch(s -> state.getValue() < s.getValue());
    }
}
