package org.auditbench.scan.dns.internal;

import java.time.Duration;

/** No answer came in time: the name may well exist, so nothing may be concluded from its absence. */
public final class DnsTimeoutException extends DnsLookupException {

    private static final long serialVersionUID = 1L;

    public DnsTimeoutException(Duration timeout, String question, Throwable cause) {
        super("no answer within " + timeout.toMillis() + " ms for " + question, cause);
    }
}
