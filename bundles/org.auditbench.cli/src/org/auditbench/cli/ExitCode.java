package org.auditbench.cli;

/** Exit codes of the command line. */
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** Bad input: the message says what and where. */
    public static final int BAD_INPUT = 1;
    /** Any other error. */
    public static final int FAILURE = 2;

    private ExitCode() {
    }
}
