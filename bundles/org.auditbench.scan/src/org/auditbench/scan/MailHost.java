package org.auditbench.scan;

import java.net.InetAddress;
import java.util.List;

/**
 * One mail host of a domain as DNS names it.
 *
 * @param host the host name, ASCII, lower case, without the trailing dot
 * @param preference the MX preference (0 for an implicit MX)
 * @param implicit the domain has no MX; its own A/AAAA take mail (RFC 5321 5.1)
 * @param addresses IPv4 and IPv6 addresses, in the resolver's order; empty when the host is dangling or
 *        its lookup failed
 * @param problem why the addresses are missing ("no A/AAAA record", "no answer within 800 ms ..."), or
 *        {@code null}
 * @param lookupFailed the address lookup got no answer (timeout, SERVFAIL, CNAME loop): whether the host
 *        has addresses is unknown
 */
public record MailHost(String host, int preference, boolean implicit, List<InetAddress> addresses, String problem,
        boolean lookupFailed) {

    public MailHost {
        addresses = List.copyOf(addresses);
    }

    /** A host whose lookup answered (with addresses, or with none). */
    public MailHost(String host, int preference, boolean implicit, List<InetAddress> addresses, String problem) {
        this(host, preference, implicit, addresses, problem, false);
    }

    /**
     * DNS answered that the MX target has no address (NXDOMAIN or no A/AAAA): mail for the domain cannot
     * be delivered there. A lookup that failed says nothing of the kind.
     */
    public boolean dangling() {
        return addresses.isEmpty() && !lookupFailed;
    }
}
