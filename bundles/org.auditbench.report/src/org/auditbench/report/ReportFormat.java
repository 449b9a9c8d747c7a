package org.auditbench.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Output formats Auditbench renders reports to; the name is also the file extension. */
public enum ReportFormat {
    PDF("pdf", null), HTML("html", null), DOCX("docx", null),
    /** Through the SpudSoft emitter, which is registered under its class name rather than under "xlsx". */
    XLSX("xlsx", "uk.co.spudsoft.birt.emitters.excel.XlsxEmitter");

    private final String birtName;
    private final String emitterId;

    ReportFormat(String birtName, String emitterId) {
        this.birtName = birtName;
        this.emitterId = emitterId;
    }

    /** The emitter's format name in BIRT, also the file extension. */
    public String birtName() {
        return birtName;
    }

    /** The BIRT emitter that writes this format, null where BIRT picks it by the format name. */
    String emitterId() {
        return emitterId;
    }

    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.birtName.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "' (" + names() + ")");
    }

    /** "pdf, html, docx, xlsx". */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::birtName).collect(Collectors.joining(", "));
    }
}
