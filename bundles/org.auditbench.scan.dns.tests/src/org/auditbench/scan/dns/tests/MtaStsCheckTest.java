package org.auditbench.scan.dns.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.MtaStsPolicyServer;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.TestCertificateAuthority;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Check {@code dns.mtasts} against a real NSD (127.0.16.53) and the project's MTA-STS policy servers on
 * 127.0.16.x:443 whose certificates a CA made in the test issued (one is self-signed): modes enforce and
 * testing, an MX the policy leaves out, an untrusted, a missing and an invalid policy, no record; and the
 * same scan without {@code --ca-file}.
 */
public class MtaStsCheckTest {

    private static final String RECORD = "_mta-sts TXT \"v=STSv1; id=20261201T1\"";
    private static PeerGroup peers;
    private static Nsd nsd;
    private static TestCertificateAuthority ca;
    private static Map<String, DomainScan> scans;

    private static String policy(String mode, String... mx) {
        StringBuilder p = new StringBuilder("version: STSv1\r\nmode: " + mode + "\r\n");
        for (String m : mx) {
            p.append("mx: ").append(m).append("\r\n");
        }
        return p.append("max_age: 604800\r\n").toString();
    }

    private static Zone zone(String domain, String policyAddress) {
        Zone z = new Zone(domain).add("@ MX 10 mail").add("@ MX 20 mx2").add("mail A 127.0.16.100").add("mx2 A 127.0.16.101");
        return policyAddress == null ? z : z.add(RECORD).add("mta-sts A " + policyAddress);
    }

    @BeforeClass
    public static void startPeers() throws Exception {
        peers = PeerGroup.inTempFolder("mta-sts");
        ca = TestCertificateAuthority.create(peers.folder().resolve("ca"), "Auditbench Test CA");
        TlsMaterial trusted = ca.issue("mta-sts.enforce.test", "mta-sts.testing.test", "mta-sts.uncovered.test", "mta-sts.invalid.test");
        TlsMaterial selfSigned = TlsMaterial.create(peers.folder().resolve("self"), "mta-sts.untrusted.test");
        peers.add(MtaStsPolicyServer.start("127.0.16.1", trusted, policy("enforce", "mail.enforce.test", "*.enforce.test")));
        peers.add(MtaStsPolicyServer.start("127.0.16.2", trusted, policy("testing", "*.testing.test")));
        peers.add(MtaStsPolicyServer.start("127.0.16.3", trusted, policy("enforce", "mail.uncovered.test")));
        peers.add(MtaStsPolicyServer.start("127.0.16.4", selfSigned, policy("enforce", "*.untrusted.test")));
        peers.add(MtaStsPolicyServer.start("127.0.16.5", trusted, "version: STSv1\r\nmode: enforce\r\nmx: *.invalid.test\r\n"));
        nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.16.53", List.of(zone("enforce.test", "127.0.16.1"),
                zone("testing.test", "127.0.16.2"), zone("uncovered.test", "127.0.16.3"), zone("untrusted.test", "127.0.16.4"),
                zone("invalid.test", "127.0.16.5"), zone("nohost.test", null).add(RECORD), zone("none.test", null))));
        scans = scan(settings().withOption(CertificateTrust.CA_FILE, ca.certificate().toString()),
                "enforce.test", "testing.test", "uncovered.test", "untrusted.test", "invalid.test", "nohost.test", "none.test");
    }

    private static ScanSettings settings() {
        return ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withChecks(Set.of(), Set.of("dns.provider"));
    }

    private static Map<String, DomainScan> scan(ScanSettings settings, String... domains) throws Exception {
        return ScanEngine.fromExtensions(settings).run(List.of(domains).stream().map(ScanRequest::of).toList(), null,
                new NullProgressMonitor()).getDomainScans().stream()
                .collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    private static Observation assertStatus(Map<String, DomainScan> in, String domain, CheckStatus expected) {
        Observation o = Observations.one(in.get(domain), "dns.mtasts", domain);
        assertEquals(domain + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
        return o;
    }

    @Test
    public void anEnforcedPolicyCoveringEveryMxFromATrustedHostIsOk() {
        Observation o = assertStatus(scans, "enforce.test", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("mail.enforce.test, *.enforce.test"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("https://mta-sts.enforce.test/.well-known/mta-sts.txt")
                && o.getEvidence().contains("certificate trusted") && o.getEvidence().contains("mode: enforce"));
    }

    @Test
    public void modeTestingOrAnMxLeftOutIsAWarning() {
        assertTrue(assertStatus(scans, "testing.test", CheckStatus.WARNING).getSummary().contains("mode testing"));
        Observation o = assertStatus(scans, "uncovered.test", CheckStatus.WARNING);
        assertTrue(o.getSummary(), o.getSummary().contains("MX mx2.uncovered.test is not covered"));
    }

    @Test
    public void aPolicyUntrustedUnreachableOrInvalidIsAnError() {
        assertTrue(assertStatus(scans, "untrusted.test", CheckStatus.ERROR).getSummary().contains("not trusted"));
        assertTrue(assertStatus(scans, "nohost.test", CheckStatus.ERROR).getSummary().contains("no address"));
        assertTrue(assertStatus(scans, "invalid.test", CheckStatus.ERROR).getSummary().contains("max_age is missing"));
    }

    @Test
    public void noRecordIsNoted() {
        assertTrue(assertStatus(scans, "none.test", CheckStatus.INFO).getSummary().contains("no MTA-STS record at _mta-sts.none.test"));
    }

    @Test
    public void withoutTheCaFileTheTestCaIsNotTrusted() throws Exception {
        Map<String, DomainScan> plain = scan(settings(), "enforce.test");
        assertTrue(assertStatus(plain, "enforce.test", CheckStatus.ERROR).getSummary().contains("not trusted"));
    }
}
