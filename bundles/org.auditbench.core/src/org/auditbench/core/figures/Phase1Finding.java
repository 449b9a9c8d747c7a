package org.auditbench.core.figures;

/** What Phase 1 (the check from outside) found about an institution, as a campaign counts it. */
public enum Phase1Finding {
    /** An own Exchange server that a check of the campaign's vulnerabilities found vulnerable. */
    EXCHANGE_VULNERABLE,
    /** An own Exchange server of a version the vendor no longer supports. */
    EXCHANGE_OUT_OF_SUPPORT,
    /** An own Exchange server that every check of the campaign found not vulnerable. */
    EXCHANGE_PATCHED,
    /** Mail through Microsoft 365 and no own Exchange server seen. */
    MICROSOFT_365,
    /** Mail servers answered and none was Exchange (or the domain takes no mail). */
    NO_EXCHANGE_SEEN,
    /** The checks could not tell (no answer, lookup failed, an Exchange the probes could not judge). */
    UNDETERMINED,
    /** No scan of the institution is stored. */
    NOT_SCANNED
}
