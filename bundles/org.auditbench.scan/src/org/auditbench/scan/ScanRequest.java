package org.auditbench.scan;

import org.auditbench.model.Institution;

/**
 * One mail domain to scan, as the auditor wrote it (Unicode or ASCII), with the institution it belongs
 * to when known.
 */
public record ScanRequest(String domain, Institution institution) {

    public static ScanRequest of(String domain) {
        return new ScanRequest(domain, null);
    }
}
