package org.auditbench.scan.dns.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.xbill.DNS.Name;

/** The CNAMEs of a name lead back to a name met before: the name cannot be resolved at all. */
public final class CnameLoopException extends DnsLookupException {

    private static final long serialVersionUID = 1L;

    /** @param chain the names in the order followed, the repeated one last */
    public CnameLoopException(List<Name> chain) {
        super("CNAME loop: " + chain.stream().map(n -> n.toString(true)).collect(Collectors.joining(" -> ")), null);
    }
}
