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
 */
public final class ExchangeWebEndpointsCheck implements Check {

    static final List<String> NAMES = List.of("autodiscover", "mail", "owa");
    /** From the gravest status down: what the observation shows when endpoints disagree. */
    static final List<CheckStatus> GRAVITY = List.of(CheckStatus.VULNERABLE, CheckStatus.OUT_OF_SUPPORT,
            CheckStatus.UNDETERMINED, CheckStatus.ERROR, CheckStatus.NOT_VULNERABLE, CheckStatus.UNREACHABLE,
            CheckStatus.NOT_APPLICABLE);

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        String domain = context.target().domain();
        Set<InetAddress> seen = new HashSet<>();
        for (MailHost host : context.need(Facts.MAIL_SERVERS).hosts()) {
            seen.addAll(host.addresses());
        }
        ExchangeVerdicts verdicts = new ExchangeVerdicts(BuildTables.of(context.settings()));
        ExchangeProbe probe = new ExchangeProbe(new EngineDialer(context.network()), context.network().timeout(), context.settings().userAgent());
        List<String> lines = new ArrayList<>();
        StringBuilder evidence = new StringBuilder();
        CheckStatus gravest = CheckStatus.NOT_APPLICABLE;
        for (String label : NAMES) {
            String name = label + "." + domain;
            List<InetAddress> addresses;
            try {
                addresses = context.network().resolve(name);
            } catch (ScopeException e) {
                lines.add(NLS.bind(Messages.Web_outOfScope, name, e.getMessage()));
                continue;
            } catch (IOException e) {
                lines.add(NLS.bind(Messages.Web_lookupFailed, name, e.getMessage()));
                gravest = graver(gravest, CheckStatus.ERROR);
                continue;
            }
            for (InetAddress address : addresses) {
                if (!seen.add(address)) {
                    lines.add(NLS.bind(Messages.Web_mailServer, name, address.getHostAddress()));
                    continue;
                }
                EndpointReport report = probe.probe(new Endpoint(name, address, Endpoint.HTTPS));
                evidence.append(report.evidence());
                StringBuilder line = new StringBuilder(name + " " + address.getHostAddress() + ":");
                for (ExchangeVulnerability v : ExchangeVulnerability.values()) {
                    CheckResult r = verdicts.judge(report, v);
                    gravest = graver(gravest, r.status());
                    line.append(' ').append(v.cve()).append(' ').append(r.status()).append(" (").append(r.summary()).append(");");
                }
                lines.add(line.toString());
            }
        }
        String summary = lines.isEmpty() ? NLS.bind(Messages.Web_none, String.join("/", NAMES), domain)
                : String.join("\n", lines);
        return new CheckResult(gravest, summary, evidence.toString());
    }

    static CheckStatus graver(CheckStatus a, CheckStatus b) {
        int ia = GRAVITY.indexOf(a);
        int ib = GRAVITY.indexOf(b);
        return ib >= 0 && (ia < 0 || ib < ia) ? b : a;
    }
}
