package org.auditbench.scan.net.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.PortProbe;
import org.auditbench.scan.PortScan;
import org.eclipse.osgi.util.NLS;

/**
 * TCP connect scan of the configured ports, all ports of an address at once (like {@code nmap -sT}):
 * accepted = open, refused = closed, no answer in time or unreachable = filtered ("blocked").
 */
public final class PortScanCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        List<PortProbe> probes = new ArrayList<>(context.network().probe(context.target().address(), context.settings().ports()));
        probes.sort(Comparator.comparingInt(PortProbe::port));
        Map<Integer, PortStatus> states = new TreeMap<>();
        List<Integer> open = new ArrayList<>();
        List<Integer> closed = new ArrayList<>();
        List<Integer> blocked = new ArrayList<>();
        StringBuilder evidence = new StringBuilder(probes.size() * 32);
        for (PortProbe probe : probes) {
            states.put(probe.port(), probe.status());
            (switch (probe.status()) {
                case OPEN -> open;
                case CLOSED -> closed;
                case FILTERED -> blocked;
            }).add(probe.port());
            if (!evidence.isEmpty()) {
                evidence.append('\n');
            }
            evidence.append(probe.port()).append("/tcp ").append(probe.status().getLiteral().toLowerCase(java.util.Locale.ROOT))
                    .append(" (").append(probe.note()).append(')');
        }
        context.put(Facts.PORTS, new PortScan(states));
        String summary = NLS.bind(Messages.Ports_summary, new Object[] { open, closed, blocked });
        return new CheckResult(CheckStatus.INFO, summary, evidence.toString());
    }
}
