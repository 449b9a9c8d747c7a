package org.auditbench.scan.net.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.DnsProxy;
import org.auditbench.testing.peers.DnssecKeys;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Postfix;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Check {@code smtp.dane} end to end: a real Postfix with STARTTLS on 127.0.18.1-4, a real NSD on
 * 127.0.18.53 serving zones signed in the test (ldns-signzone) with TLSA records matching and not matching
 * the Postfix certificate, one unsigned zone, one with only usage 1, one without TLSA, one without SMTP,
 * and one whose TLSA question a DNS proxy in front of NSD answers with SERVFAIL.
 */
public class DaneCheckTest {

    /** The type code of TLSA records. */
    private static final int TLSA = 52;
    private static PeerGroup peers;
    private static Map<String, DomainScan> scans;

    private static String spkiSha256(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getPublicKey().getEncoded()));
        }
    }

    private static Zone signed(String domain, String ip, StringBuilder anchors) throws Exception {
        DnssecKeys keys = DnssecKeys.create(peers.folder().resolve("keys-" + domain), domain, false);
        anchors.append(keys.trustAnchor()).append('\n');
        return mailZone(domain, ip).signedWith(keys);
    }

    private static Zone mailZone(String domain, String ip) {
        return new Zone(domain).add("@ MX 10 mail").add("mail A " + ip);
    }

    @BeforeClass
    public static void scan() throws Exception {
        peers = PeerGroup.inTempFolder("dane");
        TlsMaterial tls = TlsMaterial.create(peers.folder().resolve("tls"), "mail.passt.test", "*.falsch.test", "*.ungeschuetzt.test",
                "*.pkix.test", "*.ohne.test");
        peers.add(Postfix.start(peers.folder().resolve("postfix"), "mail.passt.test",
                List.of("127.0.18.1", "127.0.18.2", "127.0.18.3", "127.0.18.4"), tls));
        String hash = spkiSha256(tls.certificate());
        String other = "00".repeat(32);
        StringBuilder anchors = new StringBuilder();
        Nsd nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.18.53", List.of(
                signed("passt.test", "127.0.18.1", anchors).add("_25._tcp.mail TLSA 3 1 1 " + hash),
                signed("falsch.test", "127.0.18.2", anchors).add("_25._tcp.mail TLSA 3 1 1 " + other),
                mailZone("ungeschuetzt.test", "127.0.18.3").add("_25._tcp.mail TLSA 3 1 1 " + hash),
                signed("pkix.test", "127.0.18.4", anchors).add("_25._tcp.mail TLSA 1 1 1 " + hash),
                signed("ohne.test", "127.0.18.1", anchors),
                signed("stumm.test", "127.0.18.9", anchors).add("_25._tcp.mail TLSA 3 1 1 " + hash),
                signed("servfail.test", "127.0.18.1", anchors).add("_25._tcp.mail TLSA 3 1 1 " + hash))));
        // a DNS server that fails on one TLSA question: its own finding, never "no DANE"
        DnsProxy dns = peers.add(DnsProxy.start("127.0.18.54", nsd.address(), Duration.ZERO, q -> false,
                q -> q.name().equals("_25._tcp.mail.servfail.test") && q.type() == TLSA));
        Path anchorFile = peers.folder().resolve("anchors.txt");
        Files.writeString(anchorFile, anchors);
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(dns.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(3)).withPorts(List.of(25)).withAsnZone("asn.invalid")
                .withChecks(Set.of(), Set.of("dns.provider")).withOption(ScanSettings.TRUST_ANCHORS, anchorFile.toString());
        scans = ScanEngine.fromExtensions(settings).run(List.of("passt.test", "falsch.test", "ungeschuetzt.test", "pkix.test",
                "ohne.test", "stumm.test", "servfail.test").stream().map(ScanRequest::of).toList(), null, new NullProgressMonitor())
                .getDomainScans().stream().collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    private static Observation assertStatus(String domain, String ip, CheckStatus expected) {
        Observation o = Observations.one(scans.get(domain), "smtp.dane", "mail." + domain + " " + ip);
        assertEquals(domain + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
        return o;
    }

    @Test
    public void aSecureTlsaRecordMatchingTheStartTlsCertificateIsOk() {
        Observation o = assertStatus("passt.test", "127.0.18.1", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("_25._tcp.mail.passt.test. TLSA 3 1 1"));
    }

    @Test
    public void aSecureTlsaRecordMatchingNothingIsAnError() {
        assertTrue(assertStatus("falsch.test", "127.0.18.2", CheckStatus.ERROR).getSummary().contains("DANE senders refuse delivery"));
    }

    @Test
    public void tlsaWithoutDnssecOrOnlyForPkixIsAWarning() {
        assertTrue(assertStatus("ungeschuetzt.test", "127.0.18.3", CheckStatus.WARNING).getSummary().contains("not protected by DNSSEC"));
        assertTrue(assertStatus("pkix.test", "127.0.18.4", CheckStatus.WARNING).getSummary().contains("usage 0 or 1"));
    }

    @Test
    public void noTlsaIsNotedAndNoSmtpIsNotApplicable() {
        assertTrue(assertStatus("ohne.test", "127.0.18.1", CheckStatus.INFO).getSummary().contains("no TLSA record"));
        assertStatus("stumm.test", "127.0.18.9", CheckStatus.NOT_APPLICABLE);
    }

    @Test
    public void aServfailOnTheTlsaLookupIsItsOwnFindingNotNoDane() {
        Observation o = assertStatus("servfail.test", "127.0.18.1", CheckStatus.ERROR);
        assertTrue(o.getSummary(), o.getSummary().contains("the TLSA lookup of _25._tcp.mail.servfail.test"));
        assertTrue(o.getSummary(), o.getSummary().contains("SERVFAIL"));
        assertTrue(o.getSummary(), !o.getSummary().contains("no DANE"));
    }
}
