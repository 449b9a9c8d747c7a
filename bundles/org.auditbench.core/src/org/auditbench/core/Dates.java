package org.auditbench.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Calendar dates (letter, deadline, statement, measure) live in the model as {@link Date} at local
 * midnight, which is what a SQL {@code DATE} column gives back; the workflow reasons in {@link LocalDate}.
 */
public final class Dates {

    private Dates() {
    }

    public static Date of(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    public static LocalDate of(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
