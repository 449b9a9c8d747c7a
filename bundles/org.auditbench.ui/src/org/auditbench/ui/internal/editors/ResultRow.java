package org.auditbench.ui.internal.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.edit.AuditbenchItemProviders;

/**
 * One row of the Phase 1 results: an institution's mail server address with the founding letter's
 * columns (mail domain, server, IP, provider, CVE result, blocked and open ports, SMTP result, day of the
 * check); a domain whose servers have no address gets one row without.
 */
record ResultRow(String institution, String domain, String server, String ip, String provider, String cve,
        String blockedPorts, String openPorts, String smtp, String checkedOn) {

    static List<ResultRow> of(CampaignData data) {
        List<ResultRow> rows = new ArrayList<>();
        for (AuditCase auditCase : data.campaign().getCases()) {
            Institution institution = auditCase.getInstitution();
            for (DomainScan scan : data.scansOf(institution)) {
                String day = AuditbenchItemProviders.date(scan.getCheckedAt());
                if (scan.getMailServers().stream().allMatch(server -> server.getAddresses().isEmpty())) {
                    String server = scan.getMailServers().stream().map(MailServer::getHost).collect(Collectors.joining(", "));
                    rows.add(new ResultRow(institution.getName(), scan.getDomainName(), server, "", "", "", "", "", "", day));
                }
                for (MailServer server : scan.getMailServers()) {
                    for (NetAddress address : server.getAddresses()) {
                        rows.add(new ResultRow(institution.getName(), scan.getDomainName(), server.getHost(), address.getIp(),
                                address.getProvider() == null ? "" : address.getProvider().getOrganisation(), cve(scan, address),
                                ports(address, PortStatus.FILTERED), ports(address, PortStatus.OPEN),
                                AuditbenchItemProviders.literal(address.getServerKind()), day));
                    }
                }
            }
        }
        return rows;
    }

    /** The verdict of every CVE check on this address, as stored ("CVE-2021-26855: vulnerable"). */
    private static String cve(DomainScan scan, NetAddress address) {
        return scan.getObservations().stream()
                .filter(o -> o.getCheckId().startsWith("CVE-") && o.getTarget() != null && o.getTarget().contains(address.getIp()))
                .sorted(Comparator.comparing(Observation::getCheckId))
                .map(o -> o.getCheckId() + ": " + AuditbenchItemProviders.literal(o.getStatus()))
                .collect(Collectors.joining("; "));
    }

    private static String ports(NetAddress address, PortStatus status) {
        return address.getPorts().stream().filter(p -> p.getState() == status).map(PortState::getPort).sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
    }
}
