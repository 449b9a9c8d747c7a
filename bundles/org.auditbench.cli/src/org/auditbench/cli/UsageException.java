package org.auditbench.cli;

/** Wrong arguments or bad input; the message says what and where. Ends with exit code 1. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
