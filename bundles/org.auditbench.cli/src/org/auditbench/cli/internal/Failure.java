package org.auditbench.cli.internal;

/**
 * What went wrong, in one line for standard error: a command that failed in a way nobody planned for
 * (a bug, the heap or the stack exhausted) still ends with a message and a non-zero exit code, never
 * with a stack trace on standard output and status 0. Set {@value #TRACE_VARIABLE} for the stack trace.
 */
final class Failure {

    static final String TRACE_VARIABLE = "AUDITBENCH_TRACE";

    private Failure() {
    }

    static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (" + failure.getMessage() + "); the input is too large for the heap (AUDITBENCH_HEAP)";
        }
        if (failure instanceof StackOverflowError) {
            return "stack overflow; the input is nested too deeply";
        }
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return failure instanceof Exception ? message : failure.getClass().getSimpleName() + ": " + message;
    }

    static boolean traceWanted() {
        return System.getenv(TRACE_VARIABLE) != null;
    }
}
