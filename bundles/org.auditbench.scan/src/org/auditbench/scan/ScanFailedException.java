package org.auditbench.scan;

import org.auditbench.model.ScanRun;

/**
 * The scan could not go on (a defect, not a finding about a target). Carries the run with status FAILED,
 * its settings and times, and without any domain scan, so the failure itself can be recorded.
 */
public class ScanFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ScanRun run;

    public ScanFailedException(String message, Throwable cause, ScanRun run) {
        super(message, cause);
        this.run = run;
    }

    public ScanRun run() {
        return run;
    }
}
