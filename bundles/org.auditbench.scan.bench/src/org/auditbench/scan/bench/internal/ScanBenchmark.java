package org.auditbench.scan.bench.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.UsageException;
import org.auditbench.model.DomainScan;
import org.auditbench.model.NetAddress;
import org.auditbench.model.PortState;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.TargetKind;
import org.auditbench.testing.peers.Nmap;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench bench scan [N [R]]}: scans N (1,000) fictional domains served by loopback peers
 * with the default checks, then runs the port scan alone and {@code nmap -n -Pn -sT} on the same
 * addresses and ports by turns: warm-up rounds, then R (10) measured rounds whose medians are
 * compared. Loopback is a lab: the per-network rate limit is off for these runs.
 */
public final class ScanBenchmark implements Benchmark {

    /**
     * Both port scans run this often by turns unless said otherwise; the medians are compared (a shared
     * machine is noisy).
     */
    private static final int ROUNDS = 10;

    /**
     * Rounds of both port scans run before the measured ones and not counted: right after the full scan
     * the JIT compiler is still busy with its code and takes the CPU from the first rounds (on a 2-core
     * machine the first round is ~30 % slower). nmap, a native program, gets the same rounds.
     */
    private static final int WARM_UP = 3;

    /** The most domains: 10,000 addresses of 127.0.16.1 - 127.0.55.250 (see {@link BenchInstitutions}). */
    static final int MAX_DOMAINS = 10_000;

    @Override
    public String description() {
        return "[N [R]] [--rtt MS] [--results FILE]   scan N (1000, at most " + MAX_DOMAINS + ") fictional domains on loopback peers;"
                + " port scan against nmap -sT, " + WARM_UP + " warm-up rounds, then R (" + ROUNDS + ", 0: none) measured; --rtt: the"
                + " network's round-trip time (releng/scripts/bench-scan-rtt.sh sets one up), prints the critical path in round trips;"
                + " --results: what was found, one line per finding, to compare runs";
    }

    @Override
    public List<BenchmarkRow> run(List<String> arguments, CliContext context) throws Exception {
        List<String> args = new ArrayList<>();
        double rttMillis = 0;
        Path results = null;
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if ((word.equals("--rtt") || word.equals("--results")) && i + 1 == arguments.size()) {
                throw new UsageException(word + " needs a value");
            }
            if (word.equals("--rtt")) {
                rttMillis = parse(arguments.get(++i), 0, 10_000, "round-trip time in ms");
            } else if (word.equals("--results")) {
                results = Path.of(arguments.get(++i));
            } else {
                args.add(word);
            }
        }
        int count = args.isEmpty() ? 1000 : parse(args.get(0), 1, MAX_DOMAINS, "number of domains");
        int rounds = args.size() < 2 ? ROUNDS : parse(args.get(1), 0, 100, "number of port scan rounds");
        try (BenchInstitutions peers = new BenchInstitutions(count)) {
            ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(peers.nsd.address()))
                    .withAsnZone(BenchInstitutions.ASN_ZONE).withAllowPrivate(true).withRateLimit(0).withTimeout(Duration.ofSeconds(3));
            List<ScanRequest> requests = peers.institutions.stream().map(i -> ScanRequest.of(i.domain())).toList();
            context.err().println("bench scan: " + count + " domains, peers up; scanning with the default checks ...");

            System.gc();
            resetPeakHeap();
            long start = System.nanoTime();
            ScanRun full = ScanEngine.fromExtensions(settings).run(requests, null, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            double peakMb = peakHeapBytes() / (1024.0 * 1024.0);
            int classified = correctlyClassified(full, peers);

            printCheckTimes(full, context);
            if (rttMillis > 0) {
                RunShape.printCriticalPath(full, rttMillis, context);
            }
            if (results != null) {
                RunShape.writeResults(full, results);
                context.err().println("bench scan: findings written to " + results);
            }
            List<BenchmarkRow> rows = new ArrayList<>();
            rows.add(new BenchmarkRow("domains scanned (default checks, run " + full.getStatus().getLiteral() + ")",
                    full.getDomainScans().size(), "", "= " + count, full.getStatus() == ScanRunStatus.COMPLETED
                            && full.getDomainScans().size() == count));
            rows.add(new BenchmarkRow("mail servers classified as served", classified, "", "= " + count, classified == count));
            double limit = timeLimitSeconds(count, rttMillis);
            rows.add(new BenchmarkRow("time for all domains", seconds, "s", "< " + Math.round(limit) + " s", seconds < limit));
            rows.add(new BenchmarkRow("domains per second", count / seconds, "1/s", "> " + Math.round(count / limit), seconds < limit));
            rows.add(new BenchmarkRow("peak heap during the scan", peakMb, "MB", "< 256 MB", peakMb < 256));
            if (rounds == 0) {
                return rows;
            }
            context.err().println("bench scan: port scan alone and nmap -sT by turns, " + WARM_UP + " warm-up rounds (not counted), " + rounds
                    + " measured ...");
            boolean nmapInstalled = Nmap.installed();
            ScanRun portsOnly = null;
            Nmap.Result nmap = null;
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            for (int round = -WARM_UP; round < rounds; round++) {
                ScanRun again = portScanOnly(settings, full, requests);
                String line = String.format(Locale.ROOT, "bench scan:   %-9s engine %4.0f ms", round < 0 ? "warm-up:" : "round " + (round + 1) + ":",
                        millis(again));
                Nmap.Result result = nmapInstalled ? Nmap.connectScan(peers.addresses(), settings.ports()) : null;
                if (result != null) {
                    line += String.format(Locale.ROOT, ", nmap %4d ms", result.millis());
                }
                context.err().println(line);
                if (round < 0) {
                    continue;
                }
                ours.add(millis(again));
                if (portsOnly == null || millis(again) < millis(portsOnly)) {
                    portsOnly = again;
                }
                if (result != null) {
                    theirs.add((double) result.millis());
                    nmap = nmap == null || result.millis() < nmap.millis() ? result : nmap;
                }
            }
            double oursMs = Collections.min(ours);
            String work = " (" + settings.ports().size() + " ports x " + count + " addresses)";
            if (!nmapInstalled) {
                rows.add(new BenchmarkRow("port scan alone, median of " + rounds + " after " + WARM_UP + " warm-up" + work, median(ours), "ms",
                        "<= nmap", false));
                rows.add(new BenchmarkRow("nmap -n -Pn -sT (not installed)", 0, "", "nmap installed", false));
                return rows;
            }
            double nmapMs = Collections.min(theirs);
            rows.add(new BenchmarkRow("port scan alone, median of " + rounds + " after " + WARM_UP + " warm-up" + work, median(ours), "ms",
                    "<= nmap", median(ours) <= median(theirs)));
            rows.add(new BenchmarkRow("nmap -n -Pn -sT, same ports and addresses, median of " + rounds, median(theirs), "ms", "", true));
            rows.add(new BenchmarkRow("port scan alone, best of " + rounds, oursMs, "ms", "<= nmap", oursMs <= nmapMs));
            rows.add(new BenchmarkRow("nmap -n -Pn -sT, best of " + rounds, nmapMs, "ms", "", true));
            int agreeing = agreeing(portsOnly, nmap);
            int total = count * settings.ports().size();
            rows.add(new BenchmarkRow("port states agreeing with nmap", agreeing, "of " + total, "all", agreeing == total));
            return rows;
        }
    }

    /** Where the time went: per check, the summed and the longest duration (standard error). */
    private static void printCheckTimes(ScanRun run, CliContext context) {
        Map<String, long[]> times = new java.util.TreeMap<>();
        for (DomainScan scan : run.getDomainScans()) {
            for (var o : scan.getObservations()) {
                long[] t = times.computeIfAbsent(o.getCheckId(), id -> new long[2]);
                t[0] += o.getDurationMillis();
                t[1] = Math.max(t[1], o.getDurationMillis());
            }
        }
        times.forEach((id, t) -> context.err().printf("bench scan:   %-22s total %8d ms, longest %6d ms%n", id, t[0], t[1]));
    }

    private static int parse(String text, int min, int max, String what) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("the " + what + " must be between " + min + " and " + max + ", not '" + text + "'");
    }

    /**
     * The target: 1,000 domains on loopback within a minute; 10,000 at 50 ms round-trip time within five
     * minutes (issue 11); other counts in proportion.
     */
    static double timeLimitSeconds(int domains, double rttMillis) {
        return rttMillis > 0 ? 300.0 * domains / 10_000 : 60.0 * domains / 1000;
    }

    /** A second run with only the port scan, on the mail servers the first run found. */
    private static ScanRun portScanOnly(ScanSettings settings, ScanRun full, List<ScanRequest> requests) throws Exception {
        Map<String, MailHost> known = new HashMap<>();
        for (DomainScan scan : full.getDomainScans()) {
            var server = scan.getMailServers().get(0);
            List<InetAddress> addresses = new ArrayList<>();
            for (NetAddress address : server.getAddresses()) {
                addresses.add(InetAddress.getByName(address.getIp()));
            }
            known.put(scan.getDomainName(), new MailHost(server.getHost(), server.getPreference(), false, addresses, null));
        }
        CheckDescriptor ports = ScanEngine.contributedChecks().stream().filter(c -> c.id().equals("net.ports")).findFirst().orElseThrow();
        CheckDescriptor given = new CheckDescriptor("bench.knownMailServers", "known mail servers", "", TargetKind.DOMAIN, Set.of(),
                Set.of(Facts.MAIL_SERVERS.name()), true, new KnownMailServersCheck(known));
        ScanEngine engine = new ScanEngine(settings, List.of(given, ports), host -> List.of());
        return engine.run(requests, null, new NullProgressMonitor());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(ScanRun run) {
        return run.getFinishedAt().getTime() - run.getStartedAt().getTime();
    }

    private static int correctlyClassified(ScanRun run, BenchInstitutions peers) {
        Map<String, BenchInstitutions.Institution> byDomain = new HashMap<>();
        peers.institutions.forEach(i -> byDomain.put(i.domain(), i));
        int correct = 0;
        for (DomainScan scan : run.getDomainScans()) {
            BenchInstitutions.Institution expected = byDomain.get(scan.getDomainName());
            boolean ok = !scan.getMailServers().isEmpty() && scan.getMailServers().get(0).getAddresses().stream()
                    .anyMatch(a -> a.getIp().equals(expected.ip()) && a.getServerKind() == expected.kind());
            correct += ok ? 1 : 0;
        }
        return correct;
    }

    private static int agreeing(ScanRun ours, Nmap.Result nmap) {
        int agreeing = 0;
        for (DomainScan scan : ours.getDomainScans()) {
            for (NetAddress address : scan.getMailServers().get(0).getAddresses()) {
                Map<Integer, String> theirs = nmap.states().getOrDefault(address.getIp(), Map.of());
                for (PortState port : address.getPorts()) {
                    String word = switch (port.getState()) {
                        case OPEN -> "open";
                        case CLOSED -> "closed";
                        case FILTERED -> "filtered";
                    };
                    agreeing += word.equals(Nmap.state(theirs, port.getPort())) ? 1 : 0;
                }
            }
        }
        return agreeing;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
