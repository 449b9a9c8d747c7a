package org.auditbench.scan.exchange.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.ScopeException;
import org.auditbench.scan.exchange.BuildTables;
import org.auditbench.scan.exchange.Endpoint;
import org.auditbench.scan.exchange.EndpointReport;
import org.auditbench.scan.exchange.ExchangeProbe;
import org.auditbench.scan.exchange.ExchangeVerdicts;
import org.auditbench.scan.exchange.ExchangeVulnerability;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code exchange.webEndpoints} (domain): where a gateway or Microsoft 365 takes the mail, the
 * institution's own Exchange is found under {@code autodiscover.DOMAIN}, {@code mail.DOMAIN} and
 * {@code owa.DOMAIN}. Probes their addresses (those of the MX hosts are left to the address checks) and
 * gives every vulnerability's verdict per endpoint; the status is the gravest of them.
 *
 * <p>The names are looked up side by side and the endpoints probed side by side: one after the other,
 * the check waited three times for the run's DNS slots and its round trips, and a silent endpoint's
 * timeout held up the next (the longest check of a scan). The summary keeps the order of the names.
 */
public final class ExchangeWebEndpointsCheck implements Check {

    static final List<String> NAMES = List.of("autodiscover", "mail", "owa");
    /** From the gravest status down: what the observation shows when endpoints disagree. */
    static final List<CheckStatus> GRAVITY = List.of(CheckStatus.VULNERABLE, CheckStatus.OUT_OF_SUPPORT,
            CheckStatus.UNDETERMINED, CheckStatus.ERROR, CheckStatus.NOT_VULNERABLE, CheckStatus.UNREACHABLE,
            CheckStatus.NOT_APPLICABLE);

    /** What the lookup of one name gave: its addresses, or why there are none to probe. */
    private record Lookup(List<InetAddress> addresses, String refused, String failed) {
    }

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        String domain = context.target().domain();
        Set<InetAddress> seen = new HashSet<>();
        for (MailHost host : context.need(Facts.MAIL_SERVERS).hosts()) {
            seen.addAll(host.addresses());
        }
        List<String> names = NAMES.stream().map(label -> label + "." + domain).toList();
        List<Lookup> lookups = SideBySide.map(names, name -> lookup(context, name));
        List<String> lines = new ArrayList<>();
        CheckStatus gravest = CheckStatus.NOT_APPLICABLE;
        List<Endpoint> endpoints = new ArrayList<>();
        List<Integer> lineOfEndpoint = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Lookup lookup = lookups.get(i);
            if (lookup.refused() != null) {
                lines.add(NLS.bind(Messages.Web_outOfScope, name, lookup.refused()));
                continue;
            }
            if (lookup.failed() != null) {
                lines.add(NLS.bind(Messages.Web_lookupFailed, name, lookup.failed()));
                gravest = graver(gravest, CheckStatus.ERROR);
                continue;
            }
            for (InetAddress address : lookup.addresses()) {
                if (!seen.add(address)) {
                    lines.add(NLS.bind(Messages.Web_mailServer, name, address.getHostAddress()));
                    continue;
                }
                endpoints.add(new Endpoint(name, address, Endpoint.HTTPS));
                lineOfEndpoint.add(lines.size());
                lines.add(null);
            }
        }
        ExchangeVerdicts verdicts = new ExchangeVerdicts(BuildTables.of(context.settings()));
        ExchangeProbe probe = new ExchangeProbe(new EngineDialer(context.network()), context.network().timeout(), context.settings().userAgent());
        List<EndpointReport> reports = SideBySide.map(endpoints, probe::probe);
        StringBuilder evidence = new StringBuilder();
        for (int e = 0; e < endpoints.size(); e++) {
            EndpointReport report = reports.get(e);
            evidence.append(report.evidence());
            Endpoint endpoint = endpoints.get(e);
            StringBuilder line = new StringBuilder(endpoint.hostName() + " " + endpoint.address().getHostAddress() + ":");
            for (ExchangeVulnerability v : ExchangeVulnerability.values()) {
                CheckResult r = verdicts.judge(report, v);
                gravest = graver(gravest, r.status());
                line.append(' ').append(v.cve()).append(' ').append(r.status()).append(" (").append(r.summary()).append(");");
            }
            lines.set(lineOfEndpoint.get(e), line.toString());
        }
        String summary = lines.isEmpty() ? NLS.bind(Messages.Web_none, String.join("/", NAMES), domain)
                : String.join("\n", lines);
        return new CheckResult(gravest, summary, evidence.toString());
    }

    private static Lookup lookup(CheckContext context, String name) throws InterruptedException {
        try {
            return new Lookup(context.network().resolve(name), null, null);
        } catch (ScopeException e) {
            return new Lookup(List.of(), e.getMessage(), null);
        } catch (IOException e) {
            return new Lookup(List.of(), null, e.getMessage());
        }
    }

    static CheckStatus graver(CheckStatus a, CheckStatus b) {
        int ia = GRAVITY.indexOf(a);
        int ib = GRAVITY.indexOf(b);
        return ib >= 0 && (ia < 0 || ib < ia) ? b : a;
    }
}
