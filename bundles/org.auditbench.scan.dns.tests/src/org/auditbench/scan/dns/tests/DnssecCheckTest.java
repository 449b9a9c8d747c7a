package org.auditbench.scan.dns.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.auditbench.testing.peers.DnssecKeys;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Check {@code dns.dnssec} against a real NSD on 127.0.17.53 serving zones signed in the test with
 * ldns-signzone (keys made at test time): one validly signed, one with signatures expired in 2020, one
 * unsigned; the trust anchors (both zones' key-signing keys) from a file as {@code --trust-anchor} names it.
 */
public class DnssecCheckTest {

    private static PeerGroup peers;
    private static Nsd nsd;
    private static Map<String, DomainScan> scans;

    @BeforeClass
    public static void scan() throws Exception {
        peers = PeerGroup.inTempFolder("dnssec");
        DnssecKeys signed = DnssecKeys.create(peers.folder().resolve("keys-signed"), "signiert.test", false);
        DnssecKeys expired = DnssecKeys.create(peers.folder().resolve("keys-expired"), "abgelaufen.test", true);
        nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.17.53", List.of(
                new Zone("signiert.test").add("@ MX 10 mail").add("mail A 127.0.17.1").signedWith(signed),
                new Zone("abgelaufen.test").add("@ MX 10 mail").add("mail A 127.0.17.2").signedWith(expired),
                new Zone("unsigniert.test").add("@ MX 10 mail").add("mail A 127.0.17.3"))));
        Path anchors = peers.folder().resolve("anchors.txt");
        Files.writeString(anchors, "; the test zones' key-signing keys\n" + signed.trustAnchor() + "\n" + expired.trustAnchor() + "\n");
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withChecks(Set.of(), Set.of("dns.provider"))
                .withOption(ScanSettings.TRUST_ANCHORS, anchors.toString());
        scans = ScanEngine.fromExtensions(settings).run(List.of("signiert.test", "abgelaufen.test", "unsigniert.test").stream()
                .map(ScanRequest::of).toList(), null, new NullProgressMonitor()).getDomainScans().stream()
                .collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    private static Observation assertStatus(String domain, CheckStatus expected) {
        Observation o = Observations.one(scans.get(domain), "dns.dnssec", domain);
        assertEquals(domain + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
        return o;
    }

    @Test
    public void aValidlySignedZoneIsSecure() {
        Observation o = assertStatus("signiert.test", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("DNSSEC secure"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("RRSIG"));
    }

    @Test
    public void expiredSignaturesAreBogusWithTheValidatorsReason() {
        Observation o = assertStatus("abgelaufen.test", CheckStatus.ERROR);
        assertTrue(o.getSummary(), o.getSummary().contains("bogus"));
        assertTrue(o.getSummary(), o.getSummary().length() > "DNSSEC of abgelaufen.test is broken (bogus): ".length() + 10);
    }

    @Test
    public void withTheRootAnchorsAndAnAuthoritativeServerNothingCanBeJudged() throws Exception {
        ScanSettings rootOnly = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withChecks(Set.of(), Set.of("dns.provider"));
        DomainScan scan = ScanEngine.fromExtensions(rootOnly).run(List.of(ScanRequest.of("signiert.test")), null,
                new NullProgressMonitor()).getDomainScans().get(0);
        Observation o = Observations.one(scan, "dns.dnssec", "signiert.test");
        assertEquals(o.getSummary(), CheckStatus.UNDETERMINED, o.getStatus());
        assertTrue(o.getSummary(), o.getSummary().contains("no keys of the trust anchor's zone"));
    }

    @Test
    public void anUnsignedZoneIsInsecure() {
        assertTrue(assertStatus("unsigniert.test", CheckStatus.WARNING).getSummary().contains("insecure"));
    }
}
