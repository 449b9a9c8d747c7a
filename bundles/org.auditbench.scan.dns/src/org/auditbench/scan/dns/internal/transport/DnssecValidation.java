package org.auditbench.scan.dns.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.scan.CheckContext;
import org.auditbench.scan.Network;
import org.auditbench.scan.ScanSettings;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * DNSSEC validation with dnsjava's {@link ValidatingResolver} over the run's DNS servers, from the
 * shipped IANA root anchors or the file the option {@link ScanSettings#TRUST_ANCHORS} names. One
 * validator (and its key cache) per run's settings. A secure answer carries AD; a bogus one comes back as
 * SERVFAIL with the validator's reason in a TXT record of class {@link ValidatingResolver#VALIDATION_REASON_QCLASS}.
 */
final class DnssecValidation {

    static final String ROOT_ANCHORS = "/data/root-anchors.txt";

    /**
     * What the validator said about one RRset; UNDETERMINED when the DNS servers gave no keys of a trust
     * anchor's zone (an authoritative-only server, or a resolver that strips DNSSEC): nothing can be judged.
     */
    enum Security { SECURE, INSECURE, BOGUS, UNDETERMINED, FAILED }

    /** The validator's reason when a DNSKEY query went unanswered, naming the zone asked. */
    private static final Pattern MISSING_KEYS = Pattern.compile("Missing DNSKEY RRset in response to DNSKEY query for (\\S+?)\\.?$");

    /** @param answer the records of the type asked for (empty unless the name has some) */
    record Outcome(Security security, String reason, String evidence, List<Record> answer) {

        Outcome(Security security, String reason, String evidence) {
            this(security, reason, evidence, List.of());
        }
    }

    private record Known(ScanSettings settings, DnssecValidation validation) {
    }

    private static volatile Known last;

    private final ValidatingResolver resolver;
    /** The run's DNS servers themselves, without validation. */
    private final Resolver servers;
    private final Duration bound;

    private DnssecValidation(ValidatingResolver resolver, Resolver servers, Duration bound) {
        this.resolver = resolver;
        this.servers = servers;
        this.bound = bound;
    }

    /** @throws UncheckedIOException when the trust anchors cannot be read */
    static DnssecValidation of(ScanSettings settings) {
        Known known = last;
        if (known != null && known.settings().equals(settings)) {
            return known.validation();
        }
        DnssecValidation made = create(settings);
        last = new Known(settings, made);
        return made;
    }

    private static DnssecValidation create(ScanSettings settings) {
        Resolver servers = head(settings);
        ValidatingResolver validating = new ValidatingResolver(servers);
        validating.setTimeout(settings.timeout());
        String file = settings.options().get(ScanSettings.TRUST_ANCHORS);
        try (InputStream anchors = file == null ? DnssecValidation.class.getResourceAsStream(ROOT_ANCHORS)
                : Files.newInputStream(Path.of(file))) {
            if (anchors == null) {
                throw new IOException(ROOT_ANCHORS + " is missing from the bundle");
            }
            validating.loadTrustAnchors(anchors);
        } catch (IOException e) {
            throw new UncheckedIOException("trust anchors " + (file == null ? ROOT_ANCHORS : file) + ": " + e.getMessage(), e);
        }
        // the validator asks for keys and delegations on its way: a few round trips per answer
        return new DnssecValidation(validating, servers, settings.timeout().multipliedBy(8));
    }

    private static Resolver head(ScanSettings settings) {
        if (settings.dnsServers().isEmpty()) {
            ExtendedResolver system = new ExtendedResolver();
            system.setTimeout(settings.timeout());
            return system;
        }
        List<Resolver> servers = new ArrayList<>();
        for (InetSocketAddress server : settings.dnsServers()) {
            SimpleResolver simple = new SimpleResolver(server);
            simple.setTimeout(settings.timeout());
            servers.add(simple);
        }
        if (servers.size() == 1) {
            return servers.get(0);
        }
        ExtendedResolver several = new ExtendedResolver(servers);
        several.setTimeout(settings.timeout());
        return several;
    }

    /** Validates while holding one of the run's slots for DNS queries in flight (the validator asks one at a time). */
    Outcome validate(CheckContext context, String name, int type) throws InterruptedException {
        try (Network.Permit slot = context.network().dnsQuery()) {
            return validate(name, type);
        }
    }

    private Outcome validate(String name, int type) throws InterruptedException {
        Message response;
        Message query;
        try {
            query = Message.newQuery(Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), type, DClass.IN));
            response = resolver.sendAsync(query).toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TextParseException e) {
            return new Outcome(Security.FAILED, "'" + name + "' is not a DNS name", "");
        } catch (TimeoutException e) {
            return new Outcome(Security.FAILED, "no answer within " + bound.toMillis() + " ms", "");
        } catch (ExecutionException e) {
            return new Outcome(Security.FAILED, String.valueOf(e.getCause().getMessage()), "");
        }
        String evidence = response.toString();
        String reason = reason(response);
        int rcode = response.getRcode();
        if (rcode == Rcode.SERVFAIL) {
            if (reason == null) {
                return new Outcome(Security.FAILED, "SERVFAIL", evidence);
            }
            if (anchorKeysMissing(reason)) {
                return new Outcome(Security.UNDETERMINED, reason, evidence);
            }
            // the validator also reports a server's own failure as SERVFAIL with a reason ("Response subtype
            // is UNKNOWN"): a lookup the server failed is no DNSSEC verdict, so ask the server itself
            String failure = serverFailure(Message.newQuery(query.getQuestion()));
            return failure != null ? new Outcome(Security.FAILED, failure, evidence) : new Outcome(Security.BOGUS, reason, evidence);
        }
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return new Outcome(Security.FAILED, Rcode.string(rcode), evidence);
        }
        List<Record> answer = response.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type).toList();
        return new Outcome(response.getHeader().getFlag(Flags.AD) ? Security.SECURE : Security.INSECURE, reason, evidence, answer);
    }

    /** How the run's DNS servers themselves failed on the query (SERVFAIL, REFUSED ...), or null when they answered. */
    private String serverFailure(Message query) throws InterruptedException {
        try {
            int rcode = servers.sendAsync(query).toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS).getRcode();
            return rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN ? null : Rcode.string(rcode) + " from the DNS server";
        } catch (TimeoutException | ExecutionException e) {
            return null;
        }
    }

    /** The keys of a trust anchor's own zone (the root's, with the shipped anchors) did not come. */
    private boolean anchorKeysMissing(String reason) {
        Matcher m = MISSING_KEYS.matcher(reason);
        if (!m.find()) {
            return false;
        }
        try {
            String asked = m.group(1).replaceAll("\\.+$", "");
            Name zone = asked.isEmpty() ? Name.root : Name.fromString(asked + ".");
            return resolver.getTrustAnchors().items().stream().anyMatch(anchor -> anchor.getName().equals(zone));
        } catch (TextParseException e) {
            return false;
        }
    }

    private static String reason(Message response) {
        for (Record r : response.getSection(Section.ADDITIONAL)) {
            if (r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS && r instanceof TXTRecord txt) {
                return String.join("", txt.getStrings());
            }
        }
        return null;
    }
}
