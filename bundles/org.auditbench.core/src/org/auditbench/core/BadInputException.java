package org.auditbench.core;

/**
 * Input the auditor gave (a file, an argument, a requested step) cannot be used. The message says what
 * and where, e.g. {@code statement.json: measures[2].date: '2021-13-01' is not a date (YYYY-MM-DD)}.
 */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
