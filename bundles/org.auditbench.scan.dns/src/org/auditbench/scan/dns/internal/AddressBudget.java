package org.auditbench.scan.dns.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.scan.MailHost;

/**
 * The addresses one domain's scan checks: those of its hosts in preference order, at most the limit in
 * all. A host left without a share is not checked at all (it would look dangling otherwise); hosts without
 * addresses cost nothing and stay.
 *
 * @param hosts the hosts to check, with their share of the addresses
 * @param found the addresses the hosts had
 * @param kept the addresses kept
 */
record AddressBudget(List<MailHost> hosts, int found, int kept) {

    static AddressBudget of(List<MailHost> resolved, int limit) {
        List<MailHost> hosts = new ArrayList<>();
        int found = 0;
        int kept = 0;
        for (MailHost host : resolved) {
            List<InetAddress> addresses = host.addresses();
            found += addresses.size();
            int share = Math.min(addresses.size(), limit - kept);
            if (addresses.isEmpty() || share == addresses.size()) {
                hosts.add(host);
            } else if (share > 0) {
                hosts.add(new MailHost(host.host(), host.preference(), host.implicit(), addresses.subList(0, share), host.problem(),
                        host.lookupFailed()));
            }
            kept += share;
        }
        return new AddressBudget(List.copyOf(hosts), found, kept);
    }

    boolean cut() {
        return kept < found;
    }
}
