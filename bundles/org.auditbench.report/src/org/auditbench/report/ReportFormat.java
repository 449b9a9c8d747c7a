package org.auditbench.report;

/** Output formats Auditbench renders reports to. */
public enum ReportFormat {
    PDF("pdf"), HTML("html"), DOCX("docx");

    private final String birtName;

    ReportFormat(String birtName) {
        this.birtName = birtName;
    }

    /** The emitter's format name in BIRT, also the file extension. */
    public String birtName() {
        return birtName;
    }

    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.birtName.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "' (pdf, html or docx)");
    }
}
