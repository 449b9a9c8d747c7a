package org.auditbench.core.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;

/**
 * What changed per mail domain between two scan runs (the monitoring step of a campaign): domains,
 * MX kind, mail servers, addresses, providers, open ports, server classification and check statuses.
 * Each aspect is reduced to a map "subject -> value" per domain and the maps are compared, so the
 * changes come out sorted by domain, aspect and subject.
 */
public final class ScanDelta {

    private ScanDelta() {
    }

    public static List<DomainChange> between(ScanRun earlier, ScanRun later) {
        return between(earlier.getDomainScans(), later.getDomainScans());
    }

    /** What changed between two sets of domain scans, for example one institution's in two runs. */
    public static List<DomainChange> between(Collection<DomainScan> earlier, Collection<DomainScan> later) {
        Map<String, DomainScan> before = byDomain(earlier);
        Map<String, DomainScan> after = byDomain(later);
        TreeSet<String> domains = new TreeSet<>(before.keySet());
        domains.addAll(after.keySet());
        List<DomainChange> changes = new ArrayList<>();
        for (String domain : domains) {
            DomainScan b = before.get(domain);
            DomainScan a = after.get(domain);
            if (b == null || a == null) {
                changes.add(new DomainChange(domain, ChangeAspect.DOMAIN, "", b == null ? null : "scanned", a == null ? null : "scanned"));
                continue;
            }
            for (ChangeAspect aspect : ChangeAspect.values()) {
                if (aspect != ChangeAspect.DOMAIN) {
                    compare(domain, aspect, facts(b, aspect), facts(a, aspect), changes);
                }
            }
        }
        return changes;
    }

    private static Map<String, DomainScan> byDomain(Collection<DomainScan> domainScans) {
        Map<String, DomainScan> scans = new TreeMap<>();
        for (DomainScan scan : domainScans) {
            scans.put(scan.getDomainName().toLowerCase(Locale.ROOT), scan);
        }
        return scans;
    }

    /** One aspect of a domain scan as "subject -> value"; sets are maps with the value "present". */
    private static Map<String, String> facts(DomainScan scan, ChangeAspect aspect) {
        Map<String, String> facts = new TreeMap<>();
        if (aspect == ChangeAspect.MX_KIND) {
            facts.put("", String.valueOf(scan.getMxKind()));
        }
        if (aspect == ChangeAspect.CHECK_STATUS) {
            for (Observation o : scan.getObservations()) {
                facts.put(o.getCheckId() + " @ " + o.getTarget(), String.valueOf(o.getStatus()));
            }
        }
        for (MailServer server : scan.getMailServers()) {
            if (aspect == ChangeAspect.MAIL_SERVER) {
                facts.put(server.getHost(), "preference " + server.getPreference() + (server.isImplicit() ? ", implicit" : ""));
            }
            for (NetAddress address : server.getAddresses()) {
                addressFacts(server, address, aspect, facts);
            }
        }
        return facts;
    }

    private static void addressFacts(MailServer server, NetAddress address, ChangeAspect aspect, Map<String, String> facts) {
        switch (aspect) {
        case ADDRESS -> facts.put(address.getIp(), server.getHost());
        case PROVIDER -> facts.put(address.getIp(), provider(address.getProvider()));
        case CLASSIFICATION -> facts.put(address.getIp(), String.valueOf(address.getServerKind()));
        case OPEN_PORT -> {
            for (PortState port : address.getPorts()) {
                if (port.getState() == PortStatus.OPEN) {
                    facts.put(address.getIp() + ":" + port.getPort(), "open");
                }
            }
        }
        default -> {
            // the other aspects are not per address
        }
        }
    }

    private static String provider(Provider provider) {
        return provider == null ? "unknown" : provider.getOrganisation() + " (AS" + provider.getAsNumber() + ")";
    }

    private static void compare(String domain, ChangeAspect aspect, Map<String, String> before, Map<String, String> after,
            List<DomainChange> changes) {
        TreeSet<String> subjects = new TreeSet<>(before.keySet());
        subjects.addAll(after.keySet());
        for (String subject : subjects) {
            String b = before.get(subject);
            String a = after.get(subject);
            if (!Objects.equals(b, a)) {
                changes.add(new DomainChange(domain, aspect, subject, b, a));
            }
        }
    }
}
