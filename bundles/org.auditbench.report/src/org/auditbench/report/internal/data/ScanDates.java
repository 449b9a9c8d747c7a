package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.auditbench.report.internal.ReportTexts;

/** The line under a report's title that dates its scan results, and says so when they are of several days. */
final class ScanDates {

    private ScanDates() {
    }

    static String describe(Locale locale, Optional<LocalDate> first, Optional<LocalDate> last) {
        if (first.isEmpty() || last.isEmpty()) {
            return ReportTexts.label(locale, "report.noScans");
        }
        if (first.equals(last)) {
            return ReportTexts.label(locale, "report.scanDates", Rows.date(first.get()));
        }
        return ReportTexts.label(locale, "report.scanDatesMixed", Rows.date(first.get()), Rows.date(last.get()));
    }
}
