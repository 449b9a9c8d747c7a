package org.auditbench.report;

/** What a report is about: a whole campaign, one institution (letters) or one scan run. */
public enum ReportScope {
    CAMPAIGN, INSTITUTION, SCAN_RUN;

    static ReportScope of(String attribute) {
        return switch (attribute) {
            case "campaign" -> CAMPAIGN;
            case "institution" -> INSTITUTION;
            case "scanRun" -> SCAN_RUN;
            default -> throw new IllegalArgumentException("unknown report scope '" + attribute + "'");
        };
    }
}
