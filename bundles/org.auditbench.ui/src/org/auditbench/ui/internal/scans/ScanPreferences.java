package org.auditbench.ui.internal.scans;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.osgi.util.NLS;

/**
 * The scan settings the workbench uses (Window > Preferences > Auditbench > Checks), with the engine's
 * defaults. The DNS resolver is the system's unless servers are named; private and loopback addresses
 * stay refused unless allowed here.
 */
public final class ScanPreferences extends AbstractPreferenceInitializer {

    public static final String DNS_SERVERS = "scan.dnsServers";
    public static final String ASN_ZONE = "scan.asnZone";
    public static final String PORTS = "scan.ports";
    public static final String TIMEOUT_MILLIS = "scan.timeoutMillis";
    public static final String CONCURRENCY = "scan.concurrency";
    public static final String ALLOW_PRIVATE = "scan.allowPrivate";
    /** A PEM file of further trusted CAs (MTA-STS policy hosts); empty: the runtime's CAs only. */
    public static final String CA_FILE = "scan.caFile";
    /** A file of DNSSEC trust anchors replacing the shipped root anchors; empty: the shipped ones. */
    public static final String TRUST_ANCHORS = "scan.trustAnchors";
    /** The NSE script check {@code nmap.script} runs; empty: that check stays off. */
    public static final String NMAP_SCRIPT = "scan.nmapScript";
    /** The nmap program; empty: nmap found on the PATH. */
    public static final String NMAP_BINARY = "scan.nmapBinary";
    private static final String NMAP_CHECK = "nmap.script";
    /** The host name given in SMTP's EHLO; empty: the engine's neutral default. */
    public static final String EHLO_NAME = "scan.ehloName";
    /** A URL of the authority that says who scans and why, sent with every HTTP request; empty: none. */
    public static final String SCANNER_IDENTITY = "scan.scannerIdentity";

    @Override
    public void initializeDefaultPreferences() {
        ScanSettings defaults = ScanSettings.defaults();
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(AuditbenchUiPlugin.ID);
        node.put(DNS_SERVERS, "");
        node.put(ASN_ZONE, defaults.asnZone());
        node.put(PORTS, String.join(", ", defaults.ports().stream().map(String::valueOf).toList()));
        node.putInt(TIMEOUT_MILLIS, (int) defaults.timeout().toMillis());
        node.putInt(CONCURRENCY, defaults.concurrency());
        node.putBoolean(ALLOW_PRIVATE, defaults.allowPrivate());
        node.put(CA_FILE, "");
        node.put(TRUST_ANCHORS, "");
        node.put(NMAP_SCRIPT, "");
        node.put(NMAP_BINARY, "");
        node.put(EHLO_NAME, "");
        node.put(SCANNER_IDENTITY, "");
    }

    /**
     * The settings for the next scan.
     *
     * @throws IllegalArgumentException naming the preference that cannot be read
     */
    public static ScanSettings current() {
        IPreferenceStore store = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        ScanSettings defaults = ScanSettings.defaults();
        ScanSettings settings = defaults.withDnsServers(dnsServers(store.getString(DNS_SERVERS)))
                .withAsnZone(store.getString(ASN_ZONE).strip())
                .withPorts(ports(store.getString(PORTS)))
                .withTimeout(Duration.ofMillis(store.getInt(TIMEOUT_MILLIS)))
                .withConcurrency(store.getInt(CONCURRENCY), defaults.perHostConcurrency())
                .withAllowPrivate(store.getBoolean(ALLOW_PRIVATE))
                .withJudgedOn(LocalDate.now());
        settings = withFile(settings, CertificateTrust.CA_FILE, store.getString(CA_FILE), Messages.Preferences_caFile);
        settings = withFile(settings, ScanSettings.TRUST_ANCHORS, store.getString(TRUST_ANCHORS), Messages.Preferences_trustAnchors);
        settings = withIdentity(settings, store.getString(EHLO_NAME), store.getString(SCANNER_IDENTITY));
        return withNmap(settings, store.getString(NMAP_SCRIPT).strip(), store.getString(NMAP_BINARY).strip());
    }

    /** With a script named, the optional check {@code nmap.script} runs it (with the nmap program chosen, else the PATH's). */
    private static ScanSettings withNmap(ScanSettings settings, String script, String binary) {
        if (script.isEmpty()) {
            return settings;
        }
        Set<String> enabled = new HashSet<>(settings.enabledChecks());
        enabled.add(NMAP_CHECK);
        ScanSettings withScript = settings.withChecks(enabled, settings.disabledChecks()).withOption(NMAP_CHECK, script);
        return binary.isEmpty() ? withScript : withScript.withOption("nmap.binary", binary);
    }

    /** The EHLO name and the scanner identity where set (each checked as the scan engine requires). */
    static ScanSettings withIdentity(ScanSettings settings, String ehloName, String identity) {
        ScanSettings result = settings;
        if (!ehloName.isBlank()) {
            result = named(Messages.Preferences_ehloName, () -> settings.withEhloName(ehloName.strip()));
        }
        if (!identity.isBlank()) {
            ScanSettings named = result;
            result = named(Messages.Preferences_scannerIdentity, () -> named.withScannerIdentity(identity.strip()));
        }
        return result;
    }

    private static ScanSettings named(String preference, Supplier<ScanSettings> with) {
        try {
            return with.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(preference + " " + e.getMessage(), e);
        }
    }

    /** The option set to a readable file, or left out when the preference is empty. */
    private static ScanSettings withFile(ScanSettings settings, String option, String file, String preference) {
        if (file.isBlank()) {
            return settings;
        }
        Path path = Path.of(file.strip());
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Preferences_unreadable, preference, file));
        }
        return settings.withOption(option, path.toAbsolutePath().toString());
    }

    /** "127.0.0.1:5353, ::1" -> socket addresses (port 53 when none is given). */
    static List<InetSocketAddress> dnsServers(String text) {
        List<InetSocketAddress> servers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.lastIndexOf(':');
            boolean hasPort = colon > 0 && part.indexOf(':') == colon || part.startsWith("[") && part.contains("]:");
            String host = hasPort ? part.substring(0, colon).replace("[", "").replace("]", "") : part.replace("[", "").replace("]", "");
            int port = hasPort ? number(part.substring(colon + 1), Messages.Preferences_dnsServers) : 53;
            servers.add(new InetSocketAddress(host, port));
        }
        return servers;
    }

    static List<Integer> ports(String text) {
        List<Integer> ports = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                ports.add(number(part, Messages.Preferences_ports));
            }
        }
        return ports;
    }

    private static int number(String text, String preference) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Preferences_notANumber, preference, text));
        }
    }
}
