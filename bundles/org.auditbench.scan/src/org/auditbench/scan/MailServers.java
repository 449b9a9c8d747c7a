package org.auditbench.scan;

import java.util.List;

import org.auditbench.model.MxKind;

/**
 * The mail servers of a domain: how they were found and the hosts ordered by preference.
 *
 * @param kind MX records, implicit MX, null MX (RFC 7505), none, or the lookup failed
 * @param hosts ordered by preference, then name; empty for NULL_MX, NONE and LOOKUP_FAILED
 * @param evidence the records as the resolver answered them
 */
public record MailServers(MxKind kind, List<MailHost> hosts, String evidence) {

    public MailServers {
        hosts = List.copyOf(hosts);
    }
}
