package org.auditbench.scan.net.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Connection;
import org.auditbench.scan.Facts;
import org.auditbench.scan.Network;
import org.auditbench.scan.PortScan;
import org.auditbench.scan.ScopeException;

/**
 * TCP connect scan of the configured ports, all ports of an address at once (like {@code nmap -sT}):
 * accepted = open, refused = closed, no answer in time or unreachable = filtered ("blocked").
 */
public final class PortScanCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        InetAddress address = context.target().address();
        Network network = context.network();
        List<Integer> ports = context.settings().ports();
        Map<Integer, PortStatus> states = new TreeMap<>();
        Map<Integer, String> notes = new TreeMap<>();
        try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Probe>> futures = new ArrayList<>();
            for (int port : ports) {
                futures.add(probes.submit(() -> probe(network, address, port)));
            }
            for (int i = 0; i < ports.size(); i++) {
                Probe probe;
                try {
                    probe = futures.get(i).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ScopeException scope) {
                        throw scope;
                    }
                    if (e.getCause() instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new IOException("probe of port " + ports.get(i) + " failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    futures.forEach(f -> f.cancel(true));
                    throw e;
                }
                states.put(ports.get(i), probe.status());
                notes.put(ports.get(i), probe.note());
            }
        }
        PortScan scan = new PortScan(states);
        context.put(Facts.PORTS, scan);
        StringBuilder evidence = new StringBuilder();
        notes.forEach((port, note) -> evidence.append(port).append("/tcp ").append(states.get(port).getLiteral().toLowerCase())
                .append(" (").append(note).append(")\n"));
        String summary = "open " + scan.ports(PortStatus.OPEN) + ", closed " + scan.ports(PortStatus.CLOSED) + ", blocked "
                + scan.ports(PortStatus.FILTERED);
        return new CheckResult(CheckStatus.INFO, summary, evidence.toString().strip());
    }

    private record Probe(PortStatus status, String note) {
    }

    private static Probe probe(Network network, InetAddress address, int port) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (Connection connection = network.connect(address, port)) {
            return new Probe(PortStatus.OPEN, "connected in " + millis(start) + " ms");
        } catch (ConnectException e) {
            return new Probe(PortStatus.CLOSED, "refused in " + millis(start) + " ms");
        } catch (SocketTimeoutException e) {
            return new Probe(PortStatus.FILTERED, "no answer within " + network.timeout().toMillis() + " ms");
        } catch (ScopeException e) {
            throw e;
        } catch (SocketException e) {
            // "No route to host", "Network is unreachable": an ICMP answer; nmap also calls this filtered
            return new Probe(PortStatus.FILTERED, e.getMessage());
        }
    }

    private static String millis(long start) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / (double) TimeUnit.MILLISECONDS.toNanos(1));
    }
}
