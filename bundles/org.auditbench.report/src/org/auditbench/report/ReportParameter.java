package org.auditbench.report;

/**
 * A parameter a report declares in {@code plugin.xml}. Its value is resolved by the runner and handed to
 * the report's {@link ReportData} (as loaded model objects) and to the design as the BIRT report
 * parameter of the same name (ids as integers, a case as "campaign:institution", a date as a date).
 */
public record ReportParameter(String name, Type type, boolean required) {

    /** What a parameter's value is. */
    public enum Type {
        CAMPAIGN("campaign"), CASE("case"), INSTITUTION("institution"), SCAN_RUN("scanRun"), DATE("date"), TEXT("text");

        private final String attribute;

        Type(String attribute) {
            this.attribute = attribute;
        }

        static Type of(String attribute) {
            for (Type type : values()) {
                if (type.attribute.equals(attribute)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown parameter type '" + attribute
                    + "' (campaign, case, institution, scanRun, date or text)");
        }
    }
}
