package org.auditbench.report;

/** A report could not be rendered; the message names the report and the cause. */
public final class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
