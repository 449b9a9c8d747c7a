package org.auditbench.cli.internal.scan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.auditbench.cli.UsageException;
import org.auditbench.model.names.MailDomainNames;
import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.ScanSettings;

/**
 * The arguments of {@code auditbench scan}, checked: what to scan (domains, a file of domains, or a
 * campaign), the settings, and where the JSON lines go. Every mistake is a {@link UsageException} that
 * names the argument, file and line.
 */
record ScanArguments(List<String> domains, Long campaignId, ScanSettings settings, String json) {

    static final String USAGE = "(--domain D ... | --domains-file F | --campaign ID) [--dns HOST:PORT ...] [--asn-zone ZONE]"
            + " [--allow-private] [--ports LIST] [--concurrency N] [--dns-queries N] [--max-mail-hosts N] [--timeout MS]"
            + " [--date YYYY-MM-DD] [--ca-file PEM] [--trust-anchor FILE] [--ehlo-name HOST] [--scanner-identity URL] [--json FILE|-]";

    static ScanArguments parse(List<String> args) throws UsageException {
        List<String> domains = new ArrayList<>();
        Long campaign = null;
        String domainsFile = null;
        ScanSettings settings = ScanSettings.defaults();
        List<InetSocketAddress> dns = new ArrayList<>();
        String json = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--allow-private" -> settings = settings.withAllowPrivate(true);
                case "--domain" -> domains.add(value(args, ++i, option));
                case "--domains-file" -> domainsFile = value(args, ++i, option);
                case "--campaign" -> campaign = (long) number(value(args, ++i, option), option, Integer.MAX_VALUE);
                case "--dns" -> dns.add(server(value(args, ++i, option)));
                case "--asn-zone" -> settings = settings.withAsnZone(zone(value(args, ++i, option)));
                case "--ports" -> settings = settings.withPorts(ports(value(args, ++i, option)));
                case "--concurrency" -> {
                    int n = number(value(args, ++i, option), option, 10_000);
                    settings = settings.withConcurrency(n, Math.min(n, settings.perHostConcurrency()));
                }
                case "--dns-queries" -> settings = settings.withDnsQueriesInFlight(number(value(args, ++i, option), option, 10_000));
                case "--max-mail-hosts" -> settings = settings.withMailHostLimit(number(value(args, ++i, option), option, 1_000));
                case "--timeout" -> settings = settings.withTimeout(Duration.ofMillis(number(value(args, ++i, option), option, 600_000)));
                case "--date" -> settings = settings.withJudgedOn(day(value(args, ++i, option), option));
                case "--ca-file" -> settings = settings.withOption(CertificateTrust.CA_FILE, caFile(value(args, ++i, option)));
                case "--trust-anchor" -> settings = settings.withOption(ScanSettings.TRUST_ANCHORS, readable(value(args, ++i, option), option));
                case "--ehlo-name" -> settings = refusedAs(option, settings::withEhloName, value(args, ++i, option));
                case "--scanner-identity" -> settings = refusedAs(option, settings::withScannerIdentity, value(args, ++i, option));
                case "--json" -> json = value(args, ++i, option);
                default -> throw new UsageException("unknown argument '" + option + "'");
            }
        }
        int sources = (domains.isEmpty() ? 0 : 1) + (domainsFile == null ? 0 : 1) + (campaign == null ? 0 : 1);
        if (sources != 1) {
            throw new UsageException("give exactly one of --domain, --domains-file and --campaign");
        }
        for (String domain : domains) {
            check(domain, "--domain");
        }
        if (domainsFile != null) {
            domains.addAll(readDomains(Path.of(domainsFile)));
        }
        return new ScanArguments(List.copyOf(domains), campaign, settings.withDnsServers(dns), json);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int number(String text, String option, int max) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1 || n > max) {
                throw new UsageException(option + " must be between 1 and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + text + "'");
        }
    }

    ScanArguments withSettings(ScanSettings other) {
        return new ScanArguments(domains, campaignId, other, json);
    }

    /** The file's absolute path once it reads as PEM certificates. */
    private static String caFile(String file) throws UsageException {
        Path path = Path.of(file).toAbsolutePath();
        try {
            CertificateTrust.readPem(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--ca-file: " + e.getMessage(), e);
        }
        return path.toString();
    }

    private static String readable(String file, String option) throws UsageException {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageException(option + ": cannot read " + file);
        }
        return path.toString();
    }

    private static LocalDate day(String text, String option) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** "127.0.0.1:5353", "[::1]:53", "ns.example" (port 53). */
    static InetSocketAddress server(String text) throws UsageException {
        String host = text;
        int port = 53;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0) {
                throw new UsageException("--dns '" + text + "': missing ']'");
            }
            host = text.substring(1, end);
            if (text.length() > end + 1) {
                port = port(text.substring(end + 1), text);
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = port(text.substring(text.indexOf(':')), text);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new UsageException("--dns '" + text + "': unknown host " + host);
        }
    }

    private static int port(String colonPort, String whole) throws UsageException {
        if (!colonPort.startsWith(":")) {
            throw new UsageException("--dns '" + whole + "': expected HOST:PORT");
        }
        try {
            int port = Integer.parseInt(colonPort.substring(1));
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--dns '" + whole + "': the port must be a number from 1 to 65535");
    }

    /** "25,80,443" or with ranges "20-25,443". */
    static List<Integer> ports(String text) throws UsageException {
        TreeSet<Integer> ports = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
                if (from < 1 || to > 65535 || from > to) {
                    throw new UsageException("--ports: '" + p + "' is not a port or range within 1-65535");
                }
                for (int port = from; port <= to; port++) {
                    ports.add(port);
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--ports: '" + p + "' is not a number or range");
            }
        }
        return List.copyOf(ports);
    }

    private static String zone(String text) throws UsageException {
        try {
            return MailDomainNames.toAscii(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--asn-zone: " + e.getMessage());
        }
    }

    /** The settings with one more value, or the reason the value is refused, named by its option. */
    private static ScanSettings refusedAs(String option, Function<String, ScanSettings> with, String value)
            throws UsageException {
        try {
            return with.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static void check(String domain, String where) throws UsageException {
        try {
            MailDomainNames.toAscii(domain);
        } catch (IllegalArgumentException e) {
            throw new UsageException(where + ": " + e.getMessage());
        }
    }

    /** One domain per line; blank lines and lines starting with '#' are skipped. */
    static List<String> readDomains(Path file) throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read the domains file " + file + ": " + e.getMessage());
        }
        List<String> domains = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            check(line, file + ":" + (n + 1));
            domains.add(line);
        }
        if (domains.isEmpty()) {
            throw new UsageException("the domains file " + file + " names no domain");
        }
        return domains;
    }
}
