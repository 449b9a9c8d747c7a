package org.auditbench.scan.dns.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MxKind;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.MailServers;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.eclipse.osgi.util.NLS;

/**
 * The mail servers of a domain: its MX records by preference, each target resolved to its addresses;
 * no MX: the domain's own A/AAAA (implicit MX, RFC 5321 5.1); "0 ." alone: null MX (RFC 7505).
 */
public final class MxCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String domain = context.target().domain();
        DnsClient dns = DnsClient.of(context.settings());
        DnsAnswer mx;
        try {
            mx = dns.query(domain, Type.MX);
        } catch (DnsLookupException e) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.LOOKUP_FAILED, List.of(), e.getMessage()));
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Mx_lookupFailed, e.getMessage()), e.getMessage());
        }
        if (!mx.nameExists()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.NONE, List.of(), mx.evidence()));
            return new CheckResult(CheckStatus.WARNING, Messages.Mx_noSuchDomain, mx.evidence());
        }
        if (mx.records().isEmpty()) {
            return implicit(context, dns, domain, mx.evidence());
        }
        List<MXRecord> records = mx.records().stream().map(MXRecord.class::cast).toList();
        List<MXRecord> real = records.stream().filter(r -> !r.getTarget().equals(Name.root)).toList();
        if (real.isEmpty()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.NULL_MX, List.of(), mx.evidence()));
            return new CheckResult(CheckStatus.INFO, Messages.Mx_null, mx.evidence());
        }
        List<MailHost> hosts = resolveAll(dns, real);
        MailServers servers = new MailServers(MxKind.MX, hosts, mx.evidence());
        context.put(Facts.MAIL_SERVERS, servers);
        List<String> problems = new ArrayList<>();
        if (real.size() < records.size()) {
            problems.add(Messages.Mx_nullBesideOthers);
        }
        hosts.stream().filter(MailHost::dangling).forEach(h -> problems.add(NLS.bind(Messages.Mx_dangling, h.host(), h.problem())));
        String list = describe(hosts);
        String evidence = mx.evidence() + "\n" + addressEvidence(hosts);
        if (!problems.isEmpty()) {
            return new CheckResult(CheckStatus.WARNING, list + "; " + String.join("; ", problems), evidence);
        }
        return new CheckResult(CheckStatus.OK, list, evidence);
    }

    private CheckResult implicit(CheckContext context, DnsClient dns, String domain, String mxEvidence) throws InterruptedException {
        MailHost host = resolve(dns, domain, 0, true);
        if (host.problem() != null && !host.problem().startsWith("no A/AAAA")) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.LOOKUP_FAILED, List.of(), mxEvidence));
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Mx_implicitLookupFailed, host.problem()), mxEvidence);
        }
        if (host.dangling()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.NONE, List.of(), mxEvidence));
            return new CheckResult(CheckStatus.WARNING, Messages.Mx_noMail, mxEvidence);
        }
        context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.IMPLICIT, List.of(host), mxEvidence));
        return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.Mx_implicit,
                host.addresses().stream().map(org.auditbench.scan.ScanTarget::ipText).toList()), mxEvidence + "\n" + addressEvidence(List.of(host)));
    }

    private static List<MailHost> resolveAll(DnsClient dns, List<MXRecord> records) throws InterruptedException {
        List<CompletableFuture<MailHost>> lookups = new ArrayList<>();
        for (MXRecord record : records) {
            String host = record.getTarget().toString(true).toLowerCase(Locale.ROOT);
            lookups.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return resolve(dns, host, record.getPriority(), false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new MailHost(host, record.getPriority(), false, List.of(), "interrupted");
                }
            }, Thread::startVirtualThread));
        }
        List<MailHost> hosts = new ArrayList<>();
        for (CompletableFuture<MailHost> lookup : lookups) {
            try {
                hosts.add(lookup.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        hosts.sort(Comparator.comparingInt(MailHost::preference).thenComparing(MailHost::host));
        return hosts;
    }

    private static MailHost resolve(DnsClient dns, String host, int preference, boolean implicit) throws InterruptedException {
        try {
            List<InetAddress> addresses = dns.addresses(host);
            return new MailHost(host, preference, implicit, addresses, addresses.isEmpty() ? "no A/AAAA record" : null);
        } catch (IOException e) {
            return new MailHost(host, preference, implicit, List.of(), e.getMessage());
        }
    }

    private static String describe(List<MailHost> hosts) {
        List<String> parts = new ArrayList<>();
        for (MailHost host : hosts) {
            parts.add(host.preference() + " " + host.host());
        }
        return hosts.size() + " MX: " + String.join(", ", parts);
    }

    private static String addressEvidence(List<MailHost> hosts) {
        StringBuilder s = new StringBuilder();
        for (MailHost host : hosts) {
            s.append(host.host()).append(" -> ");
            s.append(host.dangling() ? host.problem() : host.addresses().stream().map(org.auditbench.scan.ScanTarget::ipText).toList());
            s.append('\n');
        }
        return s.toString().strip();
    }
}
