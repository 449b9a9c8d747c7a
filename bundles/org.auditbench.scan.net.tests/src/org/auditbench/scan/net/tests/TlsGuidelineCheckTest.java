package org.auditbench.scan.net.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.TlsFacts;
import org.auditbench.scan.net.internal.TlsGuidelineCheck;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Check {@code smtp.tls}: STARTTLS version and cipher suite against BSI TR-02102-2, with the project's
 * SMTP peers on 127.0.19.x offering only chosen suites (TLS 1.3 AES-GCM, TLS 1.2 ECDHE-ECDSA AES-GCM,
 * ChaCha20 in both), one without STARTTLS. TLS 1.1 and older cannot be negotiated by this runtime's
 * client at all, so that verdict is shown on the facts of such a handshake.
 */
public class TlsGuidelineCheckTest {

    private static PeerGroup peers;
    private static Map<String, DomainScan> scans;

    @BeforeClass
    public static void scan() throws Exception {
        peers = PeerGroup.inTempFolder("tls-guideline");
        TlsMaterial tls = TlsMaterial.create(peers.folder().resolve("tls"), "*.tls.test");
        Map<String, List<String>> suites = Map.of("aes13", List.of(), "aes12", List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
                "chacha13", List.of("TLS_CHACHA20_POLY1305_SHA256"), "chacha12", List.of("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
        Zone zone = new Zone("tls.test");
        int n = 1;
        for (Map.Entry<String, List<String>> e : suites.entrySet()) {
            String ip = "127.0.19." + n++;
            peers.add(SmtpPeer.start(ip, 25, SmtpBehaviour.exim(e.getKey() + ".tls.test"), tls, e.getValue()));
            zone.add(e.getKey() + " A " + ip);
        }
        peers.add(SmtpPeer.start("127.0.19.9", 25, SmtpBehaviour.multiLineOther("plain.tls.test"), null));
        zone.add("plain A 127.0.19.9");
        List<Zone> zones = new java.util.ArrayList<>(List.of(zone));
        for (String name : List.of("aes13", "aes12", "chacha13", "chacha12", "plain")) {
            zones.add(new Zone(name + ".test").add("@ MX 10 " + name + ".tls.test."));
        }
        Nsd nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.19.53", zones));
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(3)).withPorts(List.of(25)).withAsnZone("asn.invalid")
                .withChecks(Set.of(), Set.of("dns.provider", "dns.dnssec", "smtp.dane"));
        scans = ScanEngine.fromExtensions(settings).run(List.of("aes13.test", "aes12.test", "chacha13.test", "chacha12.test",
                "plain.test").stream().map(ScanRequest::of).toList(), null, new NullProgressMonitor()).getDomainScans().stream()
                .collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    private static Observation assertStatus(String name, CheckStatus expected) {
        DomainScan scan = scans.get(name + ".test");
        Observation o = scan.getObservations().stream().filter(x -> x.getCheckId().equals("smtp.tls")).findFirst()
                .orElseThrow(() -> new AssertionError("no smtp.tls for " + name + ": " + Observations.of(scan, "smtp.session", "")));
        assertEquals(name + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
        return o;
    }

    @Test
    public void aesGcmWithForwardSecrecyIsRecommended() {
        assertTrue(assertStatus("aes13", CheckStatus.OK).getSummary().contains("TLSv1.3 with TLS_AES_"));
        Observation o = assertStatus("aes12", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("TLSv1.2 with TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("not every suite the server accepts"));
    }

    @Test
    public void chaCha20IsNotAmongTheRecommendedSuites() {
        assertTrue(assertStatus("chacha13", CheckStatus.WARNING).getSummary().contains("TLS_CHACHA20_POLY1305_SHA256"));
        assertTrue(assertStatus("chacha12", CheckStatus.WARNING).getSummary().contains("not among the cipher suites"));
    }

    @Test
    public void noStartTlsIsNotApplicable() {
        assertStatus("plain", CheckStatus.NOT_APPLICABLE);
    }

    @Test
    public void tlsBelow12IsAnError() {
        TlsFacts old = new TlsFacts("TLSv1.1", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "CN=x", "CN=x", Instant.now(), List.of(), true, true);
        CheckResult r = TlsGuidelineCheck.judge(old);
        assertEquals(CheckStatus.ERROR, r.status());
        assertTrue(r.summary(), r.summary().contains("TLSv1.1 is below TLS 1.2"));
    }
}
