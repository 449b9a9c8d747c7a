package org.auditbench.scan;

import java.net.InetAddress;
import java.util.List;

/**
 * One mail host of a domain as DNS names it.
 *
 * @param host the host name, ASCII, lower case, without the trailing dot
 * @param preference the MX preference (0 for an implicit MX)
 * @param implicit the domain has no MX; its own A/AAAA take mail (RFC 5321 5.1)
 * @param addresses IPv4 and IPv6 addresses, in the resolver's order; empty when the host is dangling
 * @param problem why the addresses are missing ("no A/AAAA record", "SERVFAIL" ...), or {@code null}
 */
public record MailHost(String host, int preference, boolean implicit, List<InetAddress> addresses, String problem) {

    public MailHost {
        addresses = List.copyOf(addresses);
    }

    /** The MX target has no address: mail for the domain cannot be delivered there. */
    public boolean dangling() {
        return addresses.isEmpty();
    }
}
