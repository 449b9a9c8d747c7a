package org.auditbench.report;

/**
 * What a report is about: a whole campaign, one case of a campaign, one institution or one scan run.
 * The name is the one written in {@code plugin.xml} and on the command line.
 */
public enum ReportScope {
    CAMPAIGN("campaign"), CASE("case"), INSTITUTION("institution"), SCAN_RUN("scanRun");

    private final String attribute;

    ReportScope(String attribute) {
        this.attribute = attribute;
    }

    /** The name in {@code plugin.xml}. */
    public String attribute() {
        return attribute;
    }

    static ReportScope of(String attribute) {
        for (ReportScope scope : values()) {
            if (scope.attribute.equals(attribute)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown report scope '" + attribute + "' (campaign, case, institution or scanRun)");
    }
}
