package org.auditbench.core.scan;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;

/** What the last completed scan of an institution found, as far as the statement phase needs it. */
public final class ScanFindings {

    private ScanFindings() {
    }

    /** The latest completed run among {@code runs} that covered {@code institution}. */
    public static Optional<ScanRun> latestRun(Institution institution, Collection<ScanRun> runs) {
        return runs.stream()
                .filter(r -> r.getStatus() == ScanRunStatus.COMPLETED && r.getStartedAt() != null)
                .filter(r -> !domainScans(institution, r).isEmpty())
                .max(Comparator.comparing(ScanRun::getStartedAt));
    }

    /** How the mail servers of {@code institution} were classified in {@code run}. */
    public static Set<MailServerKind> serverKinds(Institution institution, ScanRun run) {
        Set<MailServerKind> kinds = EnumSet.noneOf(MailServerKind.class);
        for (DomainScan scan : domainScans(institution, run)) {
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    if (address.getServerKind() != null) {
                        kinds.add(address.getServerKind());
                    }
                }
            }
        }
        return kinds;
    }

    /** The server kinds of the latest completed run covering {@code institution}; empty when never scanned. */
    public static Set<MailServerKind> latestServerKinds(Institution institution, Collection<ScanRun> runs) {
        return latestRun(institution, runs).map(r -> serverKinds(institution, r)).orElse(EnumSet.noneOf(MailServerKind.class));
    }

    private static List<DomainScan> domainScans(Institution institution, ScanRun run) {
        return run.getDomainScans().stream().filter(s -> s.getInstitution() == institution
                || s.getInstitution() != null && institution.getId() != 0 && s.getInstitution().getId() == institution.getId())
                .toList();
    }
}
