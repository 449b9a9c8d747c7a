package org.auditbench.cli.internal.scan;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of a command-line scan on standard error, at most once a second. */
final class ConsoleProgress extends NullProgressMonitor {

    private final PrintStream err;
    private long lastPrinted;
    private String last;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void subTask(String name) {
        last = name;
        long now = System.currentTimeMillis();
        if (now - lastPrinted >= 1000) {
            lastPrinted = now;
            err.println("auditbench scan: " + name);
        }
    }

    @Override
    public void done() {
        if (last != null) {
            err.println("auditbench scan: " + last);
        }
    }
}
