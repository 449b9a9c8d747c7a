package org.auditbench.scan.exchange;

/** What a build says about one security fix. */
public enum FixState {
    /** The build contains the fix. */
    FIXED,
    /** The build lacks the fix. */
    NOT_FIXED,
    /** The build alone cannot tell (revision unknown, build not in the table, date ambiguous). */
    UNKNOWN
}
