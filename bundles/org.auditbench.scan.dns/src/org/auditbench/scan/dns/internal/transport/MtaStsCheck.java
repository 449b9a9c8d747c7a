package org.auditbench.scan.dns.internal.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.dns.internal.DnsClient;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code dns.mtasts} (domain): MTA-STS (RFC 8461). The TXT record {@code v=STSv1; id=...} at
 * {@code _mta-sts.DOMAIN}, the policy fetched over HTTPS from {@code mta-sts.DOMAIN} with a trusted
 * certificate ({@code --ca-file} adds authorities), and the MX hosts against its patterns:
 * OK = mode enforce and every MX covered; WARNING = mode testing or none, or an MX not covered;
 * ERROR = record present but the policy unreachable, untrusted or invalid (senders then ignore it);
 * INFO = no record.
 */
public final class MtaStsCheck implements Check {

    private static final Pattern ID = Pattern.compile("(?:^|;)\\s*id=([A-Za-z0-9]{1,32})\\s*(?:;|$)");

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        String domain = context.target().domain();
        String name = "_mta-sts." + domain;
        List<String> texts;
        try {
            texts = DnsClient.of(context).texts(name);
        } catch (IOException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_lookupFailed, name, e.getMessage()), e.getMessage());
        }
        List<String> records = texts.stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith("v=stsv1")).toList();
        String evidence = String.join("\n", texts);
        if (records.isEmpty()) {
            return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.MtaSts_none, name), evidence);
        }
        if (records.size() > 1) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_several, records.size(), name), evidence);
        }
        if (!ID.matcher(records.get(0)).find()) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_noId, records.get(0)), evidence);
        }
        String host = "mta-sts." + domain;
        List<InetAddress> addresses;
        try {
            addresses = context.network().resolve(host);
        } catch (IOException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_policyFailed, host, e.getMessage()), evidence);
        }
        if (addresses.isEmpty()) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_policyFailed, host, Messages.MtaSts_noAddress), evidence);
        }
        PolicyFetcher fetcher = new PolicyFetcher(context.network(), CertificateTrust.of(context.settings()), context.settings().userAgent());
        PolicyFetcher.Fetched fetched = null;
        for (InetAddress address : addresses) {
            fetched = fetcher.fetch(host, address);
            if (fetched.problem() == null) {
                break;
            }
        }
        evidence = evidence + "\n" + fetched.evidence();
        if (fetched.problem() != null) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_policyFailed, host, fetched.problem()), evidence);
        }
        MtaStsPolicy policy;
        try {
            policy = MtaStsPolicy.parse(fetched.body());
        } catch (IllegalArgumentException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.MtaSts_invalid, e.getMessage()), evidence);
        }
        return judge(policy, context.need(Facts.MAIL_SERVERS).hosts(), evidence);
    }

    static CheckResult judge(MtaStsPolicy policy, List<MailHost> hosts, String evidence) {
        List<String> uncovered = hosts.stream().map(MailHost::host).filter(h -> !policy.covers(h)).toList();
        if (!policy.mode().equals("enforce")) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.MtaSts_notEnforced, policy.mode()), evidence);
        }
        if (!uncovered.isEmpty()) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.MtaSts_uncovered, String.join(", ", uncovered),
                    String.join(", ", policy.mx())), evidence);
        }
        return new CheckResult(CheckStatus.OK, NLS.bind(Messages.MtaSts_enforced, String.join(", ", policy.mx()), policy.maxAge()),
                evidence);
    }
}
