package org.auditbench.core.scan;

/** The scan engine is not installed or cannot run; the message says why. */
public final class ScanEngineUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScanEngineUnavailableException(String message) {
        super(message);
    }

    public ScanEngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
