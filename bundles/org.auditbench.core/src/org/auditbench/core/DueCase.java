package org.auditbench.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;

/** A case waiting for its statement, with its deadline as seen from {@code asOf}. */
public record DueCase(Campaign campaign, AuditCase auditCase, LocalDate deadline, LocalDate asOf) {

    public boolean overdue() {
        return asOf.isAfter(deadline);
    }

    /** Days until the deadline (0 on the day), negative once it has passed. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(asOf, deadline);
    }
}
