package org.auditbench.core.scan;

/** What about a mail domain changed between two scan runs. */
public enum ChangeAspect {
    /** The domain was scanned in only one of the runs. */
    DOMAIN,
    /** How mail is routed: MX, implicit MX, null MX, none. */
    MX_KIND,
    MAIL_SERVER,
    ADDRESS,
    PROVIDER,
    OPEN_PORT,
    /** The kind of server behind an address (Exchange on premises, Microsoft 365 ...). */
    CLASSIFICATION,
    /** The status of one check on one target (for example CVE-2021-26855 on mail.example.org). */
    CHECK_STATUS
}
