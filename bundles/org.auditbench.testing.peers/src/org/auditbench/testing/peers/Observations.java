package org.auditbench.testing.peers;

import java.util.List;

import org.auditbench.model.DomainScan;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;

/** Finds what a scan recorded, for assertions in tests and benchmarks. */
public final class Observations {

    private Observations() {
    }

    /** The observations of one check on one target label ("domain", "host" or "host ip"). */
    public static List<Observation> of(DomainScan scan, String checkId, String target) {
        return scan.getObservations().stream().filter(o -> o.getCheckId().equals(checkId) && o.getTarget().equals(target)).toList();
    }

    /** The single observation of a check on a target; fails with the list of what was recorded. */
    public static Observation one(DomainScan scan, String checkId, String target) {
        List<Observation> found = of(scan, checkId, target);
        if (found.size() != 1) {
            throw new AssertionError("expected one observation of " + checkId + " on '" + target + "', found " + found.size() + " in "
                    + scan.getObservations().stream().map(o -> o.getCheckId() + "@" + o.getTarget() + "=" + o.getStatus()).toList());
        }
        return found.get(0);
    }

    /** The address record of a mail host in a domain scan. */
    public static NetAddress address(DomainScan scan, String host, String ip) {
        return scan.getMailServers().stream().filter(m -> m.getHost().equals(host)).flatMap(m -> m.getAddresses().stream())
                .filter(a -> a.getIp().equals(ip)).findFirst()
                .orElseThrow(() -> new AssertionError("no address " + ip + " of " + host + " in the scan of " + scan.getDomainName()));
    }
}
