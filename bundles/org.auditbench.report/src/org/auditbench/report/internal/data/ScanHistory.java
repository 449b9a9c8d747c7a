package org.auditbench.report.internal.data;

import java.util.List;
import java.util.stream.Collectors;

import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.ScanRun;

/** A dossier's scan runs, oldest first: per run the mail servers found and every check with its evidence. */
final class ScanHistory {

    /** How much of a check's evidence a dossier quotes; the full evidence stays in the store and the workbench. */
    private static final int EXCERPT = 240;

    private final Lines lines;

    ScanHistory(Lines lines) {
        this.lines = lines;
    }

    void print(List<ScanRun> runs) {
        lines.heading(lines.label("dossier.scans"));
        if (runs.isEmpty()) {
            lines.text(lines.label("dossier.noScans"));
        }
        for (ScanRun run : runs) {
            lines.subheading(lines.label("dossier.run", String.valueOf(run.getId()), lines.day(run.getStartedAt()),
                    run.getCampaign() == null ? lines.label("dossier.runWithoutCampaign") : run.getCampaign().getTitle(),
                    lines.label("runStatus." + run.getStatus().getName())));
            lines.header("dossier.date", "dossier.domain", "dossier.server", "dossier.serverFacts");
            for (DomainScan scan : run.getDomainScans()) {
                servers(scan);
            }
            lines.header("dossier.date", "dossier.check", "dossier.target", "dossier.result");
            for (DomainScan scan : run.getDomainScans()) {
                for (Observation observation : scan.getObservations()) {
                    lines.row(lines.day(observation.getObservedAt() == null ? scan.getCheckedAt() : observation.getObservedAt()),
                            observation.getCheckId(), observation.getTarget(), lines.label("status." + observation.getStatus().getName())
                                    + (observation.getSummary() == null || observation.getSummary().isBlank() ? "" : ": " + observation.getSummary()));
                    lines.note(excerpt(observation.getEvidence()));
                }
            }
        }
    }

    private void servers(DomainScan scan) {
        String checkedOn = lines.day(scan.getCheckedAt());
        boolean anyAddress = false;
        for (MailServer server : scan.getMailServers()) {
            for (NetAddress address : server.getAddresses()) {
                anyAddress = true;
                lines.row(checkedOn, scan.getDomainName(), server.getHost() + " (" + server.getPreference() + ")", facts(address));
            }
        }
        if (!anyAddress) {
            lines.row(checkedOn, scan.getDomainName(), lines.label("dossier.noServer",
                    lines.label("mx." + scan.getMxKind().getName())), "");
        }
    }

    private String facts(NetAddress address) {
        String provider = address.getProvider() == null ? "?" : address.getProvider().getOrganisation() + " (AS" + address.getProvider().getAsNumber() + ")";
        String open = address.getPorts().stream().filter(p -> p.getState() == PortStatus.OPEN).map(PortState::getPort).sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
        String kind = address.getServerKind() == null ? "" : lines.label("server." + address.getServerKind().getName());
        return address.getIp() + " · " + provider + " · " + kind + " · " + (open.isEmpty() ? lines.label("none") : open);
    }

    /** The evidence on one line, cut at {@link #EXCERPT} characters. */
    static String excerpt(String evidence) {
        if (evidence == null) {
            return null;
        }
        String flat = evidence.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + " …";
    }
}
