package org.auditbench.scan.dns.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.auditbench.scan.CheckContext;
import org.auditbench.scan.Network;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.TextBounds;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** DNS queries for the checks, through the resolver the run's settings name. Thread-safe. */
public final class DnsClient {

    private static final int MAX_CNAME_HOPS = 8;
    /** The TXT records of one name that are read; a name with more is hostile or broken. */
    static final int MAX_TEXTS = 100;

    private final Resolver resolver;
    private final Duration timeout;
    private final Duration bound;
    private final Slots slots;

    DnsClient(Resolver resolver, Duration timeout, int tries, Slots slots) {
        this.resolver = resolver;
        this.timeout = timeout;
        this.bound = timeout.multipliedBy(tries).plusSeconds(1);
        this.slots = slots;
    }

    /** Where a query waits for its share of the run's DNS queries in flight. */
    @FunctionalInterface
    public interface Slots {
        Network.Permit take() throws InterruptedException;
    }

    /** The client of a check: each query holds one of the run's slots for DNS queries in flight. */
    public static DnsClient of(CheckContext context) {
        return of(context.settings(), context.network()::dnsQuery);
    }

    /**
     * A client that takes no slots of its own: for the engine's resolver, whose caller ({@link
     * Network#resolve(String)}) holds the run's slots for its queries.
     */
    public static DnsClient of(ScanSettings settings) {
        return of(settings, () -> () -> {
        });
    }

    private static DnsClient of(ScanSettings settings, Slots slots) {
        Duration timeout = settings.timeout();
        if (settings.dnsServers().size() == 1) {
            SimpleResolver single = new SimpleResolver(settings.dnsServers().get(0));
            single.setTimeout(timeout);
            return new DnsClient(single, timeout, 1, slots);
        }
        ExtendedResolver resolver;
        if (settings.dnsServers().isEmpty()) {
            resolver = new ExtendedResolver();
        } else {
            List<Resolver> servers = new ArrayList<>();
            for (InetSocketAddress server : settings.dnsServers()) {
                servers.add(new SimpleResolver(server));
            }
            resolver = new ExtendedResolver(servers);
        }
        // each server gets the step timeout; the whole resolution may try every server twice
        Resolver[] servers = resolver.getResolvers();
        for (Resolver server : servers) {
            server.setTimeout(timeout);
        }
        int tries = 2 * Math.max(1, servers.length);
        resolver.setRetries(2);
        resolver.setTimeout(timeout.multipliedBy(tries));
        return new DnsClient(resolver, timeout, tries, slots);
    }

    /** A and AAAA of a name; empty when it does not exist or has neither. */
    public List<InetAddress> addresses(String host) throws IOException, InterruptedException {
        CompletableFuture<DnsAnswer> v4 = CompletableFuture.supplyAsync(() -> unchecked(host, Type.A), Thread::startVirtualThread);
        DnsAnswer v6 = query(host, Type.AAAA);
        DnsAnswer a = join(v4);
        List<InetAddress> addresses = new ArrayList<>();
        for (Record r : a.records()) {
            addresses.add(((ARecord) r).getAddress());
        }
        for (Record r : v6.records()) {
            addresses.add(((AAAARecord) r).getAddress());
        }
        return addresses;
    }

    /**
     * The TXT records of a name, each one's strings joined without separator (RFC 7208 3.3) and cut to
     * {@link TextBounds#RECORD} (with the marker), at most {@link #MAX_TEXTS} of them.
     */
    public List<String> texts(String name) throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (Record r : query(name, Type.TXT).records()) {
            if (texts.size() == MAX_TEXTS) {
                break;
            }
            texts.add(TextBounds.cut(text((TXTRecord) r), TextBounds.RECORD));
        }
        return texts;
    }

    /**
     * A TXT record's strings as text: each one's bytes as UTF-8 (registries such as Team Cymru's send
     * organisation names with umlauts so), or as ISO-8859-1 where they are no UTF-8. dnsjava's
     * {@code getStrings()} gives the zone-file presentation instead, with every byte above 0x7E escaped.
     */
    static String text(TXTRecord record) {
        StringBuilder text = new StringBuilder();
        for (byte[] bytes : record.getStringsAsByteArrays()) {
            try {
                text.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)));
            } catch (CharacterCodingException e) {
                text.append(new String(bytes, StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    /**
     * Records of one type, following CNAMEs: at most {@link #MAX_CNAME_HOPS} in all, whether they come in
     * one answer or one per query; a name met twice is a loop ({@link CnameLoopException}).
     */
    public DnsAnswer query(String name, int type) throws IOException, InterruptedException {
        Name current = toName(name);
        List<Name> chain = new ArrayList<>(List.of(current));
        StringBuilder evidence = new StringBuilder();
        while (true) {
            Message response = send(current, type);
            int rcode = response.getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                evidence.append(current).append(' ').append(Type.string(type)).append(": NXDOMAIN");
                return new DnsAnswer(false, List.of(), evidence.toString());
            }
            if (rcode != Rcode.NOERROR) {
                throw new DnsLookupException(Rcode.string(rcode) + " for " + current + " " + Type.string(type), null);
            }
            List<Record> answer = response.getSection(Section.ANSWER);
            Name asked = current;
            for (CNAMERecord cname = cname(answer, current); cname != null; cname = cname(answer, current)) {
                current = cname.getTarget();
                evidence.append(cname).append('\n');
                if (chain.contains(current)) {
                    chain.add(current);
                    throw new CnameLoopException(chain);
                }
                chain.add(current);
                if (chain.size() - 1 > MAX_CNAME_HOPS) {
                    throw new DnsLookupException("more than " + MAX_CNAME_HOPS + " CNAMEs from " + name, null);
                }
            }
            List<Record> matching = new ArrayList<>();
            for (Record r : answer) {
                if (r.getType() == type && r.getName().equals(current)) {
                    matching.add(r);
                    evidence.append(r).append('\n');
                }
            }
            if (!matching.isEmpty() || current.equals(asked)) {
                if (matching.isEmpty()) {
                    evidence.append(current).append(' ').append(Type.string(type)).append(": no record");
                }
                return new DnsAnswer(true, matching, evidence.toString().strip());
            }
            // the answer ended in a CNAME whose target it did not resolve: ask for the target
        }
    }

    private static CNAMERecord cname(List<Record> answer, Name owner) {
        return (CNAMERecord) answer.stream().filter(r -> r.getType() == Type.CNAME && r.getName().equals(owner)).findFirst().orElse(null);
    }

    private Message send(Name name, int type) throws IOException, InterruptedException {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        // the time waited for a slot is not the server's: the timeout starts when the query goes out
        try (Network.Permit slot = slots.take()) {
            return resolver.sendAsync(query).toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DnsTimeoutException(timeout, name + " " + Type.string(type), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException
                    || String.valueOf(cause.getMessage()).contains("timed out")) {
                throw new DnsTimeoutException(timeout, name + " " + Type.string(type), cause);
            }
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new DnsLookupException("lookup of " + name + " " + Type.string(type) + " failed: " + why, cause);
        }
    }

    private static Name toName(String name) throws IOException {
        try {
            return Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            throw new DnsLookupException("'" + name + "' is not a DNS name: " + e.getMessage(), e);
        }
    }

    private DnsAnswer unchecked(String name, int type) {
        try {
            return query(name, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    private static DnsAnswer join(CompletableFuture<DnsAnswer> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw new DnsLookupException("lookup failed: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new InterruptedException("cancelled");
        }
    }
}
