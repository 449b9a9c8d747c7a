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
import org.auditbench.scan.ScanTarget;
import org.auditbench.scan.TextBounds;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;
import org.eclipse.osgi.util.NLS;

/**
 * The mail servers of a domain: its MX records by preference, each target resolved to its addresses;
 * no MX: the domain's own A/AAAA (implicit MX, RFC 5321 5.1); "0 ." alone: null MX (RFC 7505). Only the
 * first {@link org.auditbench.scan.ScanSettings#mailHostLimit() mail host limit} hosts and addresses are
 * looked up and checked; the finding counts the rest.
 */
public final class MxCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String domain = context.target().domain();
        DnsClient dns = DnsClient.of(context);
        int limit = context.settings().mailHostLimit();
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
            return implicit(context, dns, domain, limit, mx.evidence());
        }
        List<MXRecord> records = mx.records().stream().map(MXRecord.class::cast).toList();
        List<MXRecord> real = records.stream().filter(r -> !r.getTarget().equals(Name.root))
                .sorted(Comparator.comparingInt(MXRecord::getPriority).thenComparing(MXRecord::getTarget)).toList();
        if (real.isEmpty()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.NULL_MX, List.of(), mx.evidence()));
            return new CheckResult(CheckStatus.INFO, Messages.Mx_null, mx.evidence());
        }
        // a name with bytes no host name has (shown as \DDD) cannot be a mail host, nor stored as one
        List<MXRecord> named = real.stream().filter(r -> isHostName(host(r))).toList();
        // a domain names as many hosts as it likes: only the first ones by preference are looked up
        AddressBudget budget = AddressBudget.of(resolveAll(dns, named.subList(0, Math.min(limit, named.size()))), limit);
        context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.MX, budget.hosts(), mx.evidence()));
        return judge(records, real, named.size(), budget, limit, mx.evidence());
    }

    /** Warnings (WARNING) outweigh lookups without answer (UNDETERMINED); the caps are only counted. */
    private static CheckResult judge(List<MXRecord> records, List<MXRecord> real, int named, AddressBudget budget, int limit,
            String mxEvidence) {
        List<MailHost> hosts = budget.hosts();
        List<String> warnings = new ArrayList<>();
        if (real.size() < records.size()) {
            warnings.add(Messages.Mx_nullBesideOthers);
        }
        real.stream().filter(r -> !isHostName(host(r))).limit(TextBounds.LISTED)
                .forEach(r -> warnings.add(NLS.bind(Messages.Mx_notAHostName, TextBounds.cut(host(r), TextBounds.NAME))));
        hosts.stream().filter(MailHost::dangling).forEach(h -> warnings.add(NLS.bind(Messages.Mx_dangling, h.host(), h.problem())));
        List<String> unknown = hosts.stream().filter(MailHost::lookupFailed).map(MailHost::problem).toList();
        List<String> parts = new ArrayList<>();
        parts.add(describe(hosts));
        parts.addAll(warnings);
        parts.addAll(unknown);
        if (named > limit) {
            parts.add(NLS.bind(Messages.Mx_capped, TextBounds.number(named), TextBounds.number(limit)));
        }
        if (budget.cut()) {
            parts.add(NLS.bind(Messages.Mx_addressesCapped, TextBounds.number(budget.found()), TextBounds.number(limit)));
        }
        CheckStatus status = !warnings.isEmpty() ? CheckStatus.WARNING : !unknown.isEmpty() ? CheckStatus.UNDETERMINED : CheckStatus.OK;
        return new CheckResult(status, String.join("; ", parts), mxEvidence + "\n" + addressEvidence(hosts));
    }

    private CheckResult implicit(CheckContext context, DnsClient dns, String domain, int limit, String mxEvidence)
            throws InterruptedException {
        MailHost found = resolve(dns, domain, 0, true);
        if (found.lookupFailed()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.LOOKUP_FAILED, List.of(), mxEvidence));
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Mx_implicitLookupFailed, found.problem()), mxEvidence);
        }
        if (found.dangling()) {
            context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.NONE, List.of(), mxEvidence));
            return new CheckResult(CheckStatus.WARNING, Messages.Mx_noMail, mxEvidence);
        }
        AddressBudget budget = AddressBudget.of(List.of(found), limit);
        MailHost host = budget.hosts().get(0);
        context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.IMPLICIT, List.of(host), mxEvidence));
        String summary = NLS.bind(Messages.Mx_implicit, TextBounds.list(host.addresses().stream().map(ScanTarget::ipText).toList()));
        if (budget.cut()) {
            summary += "; " + NLS.bind(Messages.Mx_addressesCapped, TextBounds.number(budget.found()), TextBounds.number(limit));
        }
        return new CheckResult(CheckStatus.INFO, summary, mxEvidence + "\n" + addressEvidence(List.of(host)));
    }

    private static List<MailHost> resolveAll(DnsClient dns, List<MXRecord> records) throws InterruptedException {
        List<CompletableFuture<MailHost>> lookups = new ArrayList<>();
        for (MXRecord record : records) {
            String host = host(record);
            lookups.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return resolve(dns, host, record.getPriority(), false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new MailHost(host, record.getPriority(), false, List.of(), "interrupted", true);
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

    private static String host(MXRecord record) {
        return record.getTarget().toString(true).toLowerCase(Locale.ROOT);
    }

    private static boolean isHostName(String name) {
        return name.length() <= 253 && name.indexOf('\\') < 0;
    }

    /** The host's addresses; "dangling" only when DNS said so, a failed lookup stays unknown. */
    private static MailHost resolve(DnsClient dns, String host, int preference, boolean implicit) throws InterruptedException {
        try {
            List<InetAddress> addresses = dns.addresses(host);
            return new MailHost(host, preference, implicit, addresses, addresses.isEmpty() ? "no A/AAAA record" : null);
        } catch (DnsTimeoutException e) {
            return new MailHost(host, preference, implicit, List.of(), NLS.bind(Messages.Mx_lookupTimedOut, host, e.getMessage()), true);
        } catch (IOException e) {
            return new MailHost(host, preference, implicit, List.of(), NLS.bind(Messages.Mx_targetLookupFailed, host, e.getMessage()), true);
        }
    }

    private static String describe(List<MailHost> hosts) {
        List<String> parts = new ArrayList<>();
        for (MailHost host : hosts) {
            parts.add(host.preference() + " " + host.host());
        }
        return hosts.size() + " MX: " + TextBounds.list(parts);
    }

    private static String addressEvidence(List<MailHost> hosts) {
        StringBuilder s = new StringBuilder();
        for (MailHost host : hosts) {
            s.append(host.host()).append(" -> ");
            s.append(host.addresses().isEmpty() ? host.problem() : host.addresses().stream().map(ScanTarget::ipText).toList());
            s.append('\n');
        }
        return s.toString().strip();
    }
}
