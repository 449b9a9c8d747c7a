package org.auditbench.core.scan;

/** How an institution's Phase 1 result moved from an earlier scan run to a later one. */
public enum Trend {
    /** The later verdict is better (for example vulnerable to patched). */
    IMPROVED,
    /** The later verdict is worse (for example patched to vulnerable). */
    REGRESSED,
    /** Something changed, the verdict did not move (or one run did not judge the institution). */
    CHANGED,
    /** Nothing of what the scans compare changed. */
    UNCHANGED
}
