package org.auditbench.scan.exchange;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the shipped build table: what a build is and when it came out.
 *
 * @param build the four-part (old products: three-part) build
 * @param product e.g. "Exchange 2016"
 * @param level the release level: RTM, SPn, CUn, "SP1 CU4", Preview
 * @param update the update on top of the level (Mar21SU, KB5000871, RU5 v2), or empty
 * @param released the release day, or the first day of the month when only the month is known
 * @param dayKnown whether {@code released} is exact to the day
 */
public record BuildRelease(ExchangeBuild build, String product, String level, String update, LocalDate released,
        boolean dayKnown) {

    /** The earliest day this build can have come out. */
    public LocalDate earliest() {
        return released;
    }

    /** The latest day this build can have come out. */
    public LocalDate latest() {
        return dayKnown ? released : YearMonth.from(released).atEndOfMonth();
    }

    /** As the auditor reads it: "Exchange 2016 CU19 Mar21SU (2021-03-02)". */
    public String describe() {
        String date = dayKnown ? released.toString() : YearMonth.from(released).toString();
        return product + " " + level + (update.isEmpty() ? "" : " " + update) + " (" + date + ")";
    }
}
