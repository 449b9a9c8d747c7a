package org.auditbench.scan.dns.internal;

import java.io.IOException;

/** A lookup that got no usable answer: SERVFAIL, REFUSED, a timeout, a truncated answer without TCP. */
public class DnsLookupException extends IOException {

    private static final long serialVersionUID = 1L;

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
