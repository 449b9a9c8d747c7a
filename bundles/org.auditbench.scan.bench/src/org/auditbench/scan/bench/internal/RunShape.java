package org.auditbench.scan.bench.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.auditbench.cli.CliContext;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.ScanRun;

/**
 * What a benchmark run found, in a form two runs can be compared by (the same scan with and without
 * network delay must find the same), and where its time went in round trips.
 */
final class RunShape {

    private RunShape() {
    }

    /**
     * One line per finding, sorted: domain, MX kind, every address with kind, STARTTLS and port states,
     * every observation's check, target and status (no times, no free text that may name them).
     */
    static void writeResults(ScanRun run, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (DomainScan scan : run.getDomainScans()) {
            String domain = scan.getDomainName();
            lines.add(domain + " mx " + scan.getMxKind());
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    StringBuilder ports = new StringBuilder();
                    for (PortState port : address.getPorts()) {
                        ports.append(' ').append(port.getPort()).append('=').append(port.getState());
                    }
                    lines.add(domain + " server " + server.getHost() + " " + address.getIp() + " " + address.getServerKind()
                            + " starttls=" + address.isStartTls() + ports);
                }
            }
            for (Observation o : scan.getObservations()) {
                lines.add(domain + " check " + o.getCheckId() + " " + o.getTarget() + " " + o.getStatus());
            }
        }
        lines.sort(Comparator.naturalOrder());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    /**
     * Where the time went at a known round-trip time: each domain's scan from its first check's start to
     * its last check's end (its critical path), and each check's mean and longest duration, in round trips.
     */
    static void printCriticalPath(ScanRun run, double rttMillis, CliContext context) {
        List<Long> domains = new ArrayList<>();
        Map<String, long[]> checks = new TreeMap<>();
        for (DomainScan scan : run.getDomainScans()) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Observation o : scan.getObservations()) {
                long start = o.getObservedAt().getTime();
                first = Math.min(first, start);
                last = Math.max(last, start + o.getDurationMillis());
                long[] c = checks.computeIfAbsent(o.getCheckId(), id -> new long[3]);
                c[0] += o.getDurationMillis();
                c[1]++;
                c[2] = Math.max(c[2], o.getDurationMillis());
            }
            if (first <= last) {
                domains.add(last - first);
            }
        }
        domains.sort(Comparator.naturalOrder());
        if (domains.isEmpty()) {
            return;
        }
        long median = domains.get(domains.size() / 2);
        long longest = domains.get(domains.size() - 1);
        context.err().printf(Locale.ROOT, "bench scan: critical path per domain at %.0f ms round-trip time: median %d ms = %.1f round trips,"
                + " longest %d ms = %.1f%n", rttMillis, median, median / rttMillis, longest, longest / rttMillis);
        checks.forEach((id, c) -> context.err().printf(Locale.ROOT, "bench scan:   %-22s mean %6.1f round trips, longest %6.1f%n", id,
                c[0] / (double) c[1] / rttMillis, c[2] / rttMillis));
    }
}
