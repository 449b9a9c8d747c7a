package org.auditbench.scan;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.auditbench.model.names.MailDomainNames;
import org.auditbench.scan.internal.JsonWriter;

/**
 * The settings of one scan run; recorded as JSON with the run.
 *
 * @param dnsServers explicit DNS servers (address and port); empty: the system's resolver
 * @param asnZone the IP-to-ASN zone (Team Cymru's {@code asn.cymru.com} or a stand-in)
 * @param ports the TCP ports whose state is scanned
 * @param concurrency global limit: domains in flight and connections open at the same time
 * @param perHostConcurrency connections open at the same time to one address
 * @param timeout one network step (connect, request and response, handshake, DNS query)
 * @param connectionsPerSecondPerNetwork connection attempts per second into one /24 (IPv4) or /64
 *        (IPv6) network; 0: no limit
 * @param allowPrivate contact loopback, private and reserved addresses (tests, labs); refused otherwise
 * @param maxResponseBytes the most bytes one step may return
 * @param enabledChecks checks switched on beyond their default
 * @param disabledChecks checks switched off
 * @param options further settings of individual checks, e.g. {@code nmap.script}
 * @param mailHostLimit the most MX hosts (by preference) and the most of their addresses one domain's scan
 *        looks up and checks; the rest are counted in the MX finding
 * @param dnsQueriesInFlight the most DNS queries the whole run has waiting for an answer at a time
 */
public record ScanSettings(List<InetSocketAddress> dnsServers, String asnZone, List<Integer> ports, int concurrency,
        int perHostConcurrency, Duration timeout, int connectionsPerSecondPerNetwork, boolean allowPrivate,
        int maxResponseBytes, Set<String> enabledChecks, Set<String> disabledChecks, Map<String, String> options,
        int mailHostLimit, int dnsQueriesInFlight) {

    public static final List<Integer> DEFAULT_PORTS = List.of(25, 80, 110, 143, 443, 465, 587, 993, 995);
    public static final String TEAM_CYMRU_ZONE = "asn.cymru.com";
    /** The option naming the day the findings are judged on (YYYY-MM-DD), e.g. whether a product is still supported. */
    public static final String JUDGED_ON = "judgedOn";
    /** The option naming a file of DNSSEC trust anchors (DS/DNSKEY in zone-file format) replacing the shipped root's. */
    public static final String TRUST_ANCHORS = "dns.trustAnchors";
    /** The option naming the host name the scanner gives in SMTP's EHLO (a name of the authority, ideally). */
    public static final String EHLO_NAME = "smtp.ehloName";
    /** The option naming a URL that says who scans and why (the authority's page), sent with every HTTP request. */
    public static final String SCANNER_IDENTITY = "scanner.identity";

    public ScanSettings {
        dnsServers = List.copyOf(dnsServers);
        ports = List.copyOf(new TreeSet<>(ports));
        enabledChecks = Set.copyOf(enabledChecks);
        disabledChecks = Set.copyOf(disabledChecks);
        options = Map.copyOf(options);
        if (concurrency < 1 || perHostConcurrency < 1 || dnsQueriesInFlight < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (mailHostLimit < 1) {
            throw new IllegalArgumentException("the mail host limit must be at least 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        for (int port : ports) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
            }
        }
    }

    public static ScanSettings defaults() {
        return new ScanSettings(List.of(), TEAM_CYMRU_ZONE, DEFAULT_PORTS, 256, 16, Duration.ofSeconds(5), 100, false,
                64 * 1024, Set.of(), Set.of(), Map.of(), 20, 64);
    }

    public ScanSettings withDnsServers(List<InetSocketAddress> servers) {
        return new ScanSettings(servers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withAsnZone(String zone) {
        return new ScanSettings(dnsServers, zone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withPorts(List<Integer> list) {
        return new ScanSettings(dnsServers, asnZone, list, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withConcurrency(int global, int perHost) {
        return new ScanSettings(dnsServers, asnZone, ports, global, perHost, timeout, connectionsPerSecondPerNetwork,
                allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withTimeout(Duration step) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, step,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withRateLimit(int perSecondPerNetwork) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                perSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withAllowPrivate(boolean allow) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allow, maxResponseBytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withMaxResponseBytes(int bytes) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, bytes, enabledChecks, disabledChecks, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withChecks(Set<String> enabled, Set<String> disabled) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabled, disabled, options, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withOption(String key, String value) {
        Map<String, String> more = new TreeMap<>(options);
        more.put(key, value);
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, more, mailHostLimit, dnsQueriesInFlight);
    }

    public ScanSettings withMailHostLimit(int limit) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options, limit,
                dnsQueriesInFlight);
    }

    public ScanSettings withDnsQueriesInFlight(int limit) {
        return new ScanSettings(dnsServers, asnZone, ports, concurrency, perHostConcurrency, timeout,
                connectionsPerSecondPerNetwork, allowPrivate, maxResponseBytes, enabledChecks, disabledChecks, options,
                mailHostLimit, limit);
    }

    /**
     * The day the findings are judged on (support ends, newest update known): the option {@link #JUDGED_ON},
     * today when not set. A report that names its day can be reproduced later.
     */
    public LocalDate judgedOn() {
        String day = options.get(JUDGED_ON);
        try {
            return day == null ? LocalDate.now() : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("option " + JUDGED_ON + " '" + day + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    public ScanSettings withJudgedOn(LocalDate day) {
        return withOption(JUDGED_ON, day.toString());
    }

    /**
     * The name given in SMTP's EHLO: a host name (RFC 5321 takes a domain there), best one of the authority's.
     *
     * @throws IllegalArgumentException with the reason when {@code host} is no domain name
     */
    public ScanSettings withEhloName(String host) {
        return withOption(EHLO_NAME, MailDomainNames.toAscii(host));
    }

    /**
     * A URL that says who scans and why, sent in the User-Agent of every HTTP request.
     *
     * @throws IllegalArgumentException when {@code url} is no http(s) URL of printable characters
     */
    public ScanSettings withScannerIdentity(String url) {
        try {
            URI uri = new URI(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                return withOption(SCANNER_IDENTITY, url);
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("'" + url + "' is not an http(s) URL such as https://datenschutz.example/scan");
    }

    /** The User-Agent of every HTTP request: the product, its purpose and, when set, the scanner identity's URL. */
    public String userAgent() {
        String identity = options.get(SCANNER_IDENTITY);
        return "Auditbench (outside check of a supervisory authority" + (identity == null ? "" : "; +" + identity) + ")";
    }

    /** Whether a check runs: switched off wins, then switched on, then its default. */
    public boolean runs(String checkId, boolean enabledByDefault) {
        return !disabledChecks.contains(checkId) && (enabledChecks.contains(checkId) || enabledByDefault);
    }

    /** The settings as recorded with the run. */
    public String toJson() {
        JsonWriter json = new JsonWriter();
        json.beginObject();
        json.name("dnsServers").beginArray();
        for (InetSocketAddress server : dnsServers) {
            json.value(server.getAddress() != null ? server.getAddress().getHostAddress() + "#" + server.getPort()
                    : server.getHostString() + "#" + server.getPort());
        }
        json.endArray();
        json.name("asnZone").value(asnZone);
        json.name("ports").beginArray();
        ports.forEach(p -> json.value(p));
        json.endArray();
        json.name("concurrency").value(concurrency);
        json.name("perHostConcurrency").value(perHostConcurrency);
        json.name("timeoutMillis").value(timeout.toMillis());
        json.name("connectionsPerSecondPerNetwork").value(connectionsPerSecondPerNetwork);
        json.name("allowPrivate").value(allowPrivate);
        json.name("maxResponseBytes").value(maxResponseBytes);
        json.name("mailHostLimit").value(mailHostLimit);
        json.name("dnsQueriesInFlight").value(dnsQueriesInFlight);
        json.name("enabledChecks").beginArray();
        new TreeSet<>(enabledChecks).forEach(json::value);
        json.endArray();
        json.name("disabledChecks").beginArray();
        new TreeSet<>(disabledChecks).forEach(json::value);
        json.endArray();
        json.name("options").beginObject();
        new TreeMap<>(options).forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.endObject();
        return json.toString();
    }
}
