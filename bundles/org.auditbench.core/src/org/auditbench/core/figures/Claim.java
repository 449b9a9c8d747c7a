package org.auditbench.core.figures;

/** What an institution's statement claims about its mail system, as far as a scan can contradict it. */
public enum Claim {
    /** The security patch was installed. */
    PATCHED,
    /** No Exchange in use, on premises or hosted. */
    NO_EXCHANGE,
    /** Mail runs through Microsoft 365. */
    MICROSOFT_365
}
