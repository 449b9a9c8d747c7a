package org.auditbench.scan.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.exchange.ExchangeStandIn.Mode;
import org.auditbench.testing.peers.BlockedPort;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The contributed Exchange checks in a real scan: the engine with every contributed check, a real NSD
 * serving the fictional domains, the HTTPS stand-ins on their own 127.0.3x addresses.
 */
public class ExchangeScanTest {

    private static final List<AutoCloseable> PEERS = new ArrayList<>();
    private static ExchangeStandIn unpatched;
    /** The authority's page on its scans, named in every request. */
    private static final String IDENTITY = "https://datenschutz.example/pruefung";
    private static ExchangeStandIn patched;
    private static ExchangeStandIn website;
    private static ExchangeStandIn webmail;
    private static ExchangeStandIn cloud;
    private static ExchangeStandIn cloudAutodiscover;
    private static Map<String, DomainScan> scans;
    private static String closed;
    private static String blocked;

    @BeforeClass
    public static void scan() throws Exception {
        unpatched = peer(ExchangeStandIn.unpatched2016().start());
        patched = peer(ExchangeStandIn.patched2019().start());
        website = peer(ExchangeStandIn.of(Mode.NOT_EXCHANGE).start());
        webmail = peer(ExchangeStandIn.unpatched2016().proxyLogon(ExchangeStandIn.ProxyLogonAnswer.REDIRECT_302).start());
        cloud = peer(ExchangeStandIn.unpatched2016().start());
        cloudAutodiscover = peer(ExchangeStandIn.of(Mode.MICROSOFT_365).proxyLogon(ExchangeStandIn.ProxyLogonAnswer.ERROR_500).start());
        closed = ExchangeStandIn.randomAddress().getHostAddress();
        blocked = ExchangeStandIn.randomAddress().getHostAddress();
        peer(BlockedPort.open(blocked, 443));
        Path dir = Files.createTempDirectory("exchange-scan-nsd");
        Nsd nsd = peer(Nsd.start(dir, ExchangeStandIn.randomAddress().getHostAddress(), List.of(
                new Zone("unpatched.test").add("@ MX 10 mail").add("mail A " + ip(unpatched)),
                new Zone("patched.test").add("@ MX 10 mail").add("mail A " + ip(patched)),
                new Zone("gateway.test").add("@ MX 10 mx").add("mx A " + ip(website)).add("autodiscover A " + ip(webmail)),
                new Zone("cloud.test").add("@ MX 0 cloud-test.mail.protection.outlook.com.")
                        .add("autodiscover CNAME autodiscover.outlook.com."),
                new Zone("mail.protection.outlook.com").add("cloud-test A " + ip(cloud)),
                new Zone("outlook.com").add("autodiscover A " + ip(cloudAutodiscover)),
                new Zone("closed.test").add("@ MX 10 mail").add("mail A " + closed),
                new Zone("blocked.test").add("@ MX 10 mail").add("mail A " + blocked))));
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withPorts(List.of(25, 443)).withAsnZone("asn.invalid")
                .withOption(ScanSettings.SCANNER_IDENTITY, IDENTITY);
        ScanRun run = ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of("unpatched.test"),
                ScanRequest.of("patched.test"), ScanRequest.of("gateway.test"), ScanRequest.of("cloud.test"), ScanRequest.of("closed.test"),
                ScanRequest.of("blocked.test")), null,
                new NullProgressMonitor());
        scans = run.getDomainScans().stream().collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopPeers() throws Exception {
        for (AutoCloseable peer : PEERS) {
            peer.close();
        }
    }

    private static <T extends AutoCloseable> T peer(T peer) {
        PEERS.add(peer);
        return peer;
    }

    private static String ip(ExchangeStandIn server) {
        return server.address().getHostAddress();
    }

    private static Observation observation(String domain, String checkId) {
        DomainScan scan = scans.get(domain);
        return scan.getObservations().stream().filter(o -> o.getCheckId().equals(checkId)).findFirst()
                .orElseThrow(() -> new AssertionError(checkId + " missing for " + domain + ": " + scan.getObservations().stream()
                        .map(o -> o.getCheckId() + "=" + o.getStatus()).toList()));
    }

    private static void assertStatus(String domain, String checkId, CheckStatus expected) {
        Observation o = observation(domain, checkId);
        assertEquals(domain + " " + checkId + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
    }

    @Test
    public void unpatchedMailServerIsVulnerableOnEveryCve() {
        assertStatus("unpatched.test", "exchange.https", CheckStatus.INFO);
        assertStatus("unpatched.test", "CVE-2021-26855", CheckStatus.VULNERABLE);
        assertStatus("unpatched.test", "CVE-2021-34473", CheckStatus.VULNERABLE);
        assertStatus("unpatched.test", "CVE-2022-41040", CheckStatus.VULNERABLE);
        Observation o = observation("unpatched.test", "CVE-2021-26855");
        assertEquals("mail.unpatched.test " + ip(unpatched), o.getTarget());
        assertTrue(o.getEvidence(), o.getEvidence().contains("X-CalculatedBETarget: localhost"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("not trusted"));
        assertTrue(unpatched.hostHeaders().toString(), unpatched.hostHeaders().stream().allMatch("mail.unpatched.test"::equals));
    }

    @Test
    public void everyRequestNamesTheScannersIdentity() {
        assertTrue(unpatched.userAgents().toString(), !unpatched.userAgents().isEmpty() && unpatched.userAgents().stream()
                .allMatch(("Auditbench (outside check of a supervisory authority; +" + IDENTITY + ")")::equals));
    }

    @Test
    public void patchedMailServerIsNotVulnerable() {
        assertStatus("patched.test", "CVE-2021-26855", CheckStatus.NOT_VULNERABLE);
        assertStatus("patched.test", "CVE-2021-34473", CheckStatus.NOT_VULNERABLE);
        assertStatus("patched.test", "CVE-2022-41040", CheckStatus.NOT_VULNERABLE);
        assertTrue(observation("patched.test", "exchange.https").getSummary().contains("15.2.1118.20"));
    }

    @Test
    public void exchangeBehindAGatewayIsFoundUnderAutodiscover() {
        assertStatus("gateway.test", "CVE-2021-26855", CheckStatus.NOT_APPLICABLE);
        assertStatus("gateway.test", "exchange.webEndpoints", CheckStatus.VULNERABLE);
        String summary = observation("gateway.test", "exchange.webEndpoints").getSummary();
        assertTrue(summary, summary.contains("autodiscover.gateway.test " + ip(webmail) + ": CVE-2021-26855 VULNERABLE"));
        assertTrue(webmail.requests().toString(), webmail.hostHeaders().contains("autodiscover.gateway.test"));
    }

    @Test
    public void microsoft365IsNotApplicableAndNeverProbed() {
        assertStatus("cloud.test", "exchange.https", CheckStatus.NOT_APPLICABLE);
        assertStatus("cloud.test", "CVE-2021-26855", CheckStatus.NOT_APPLICABLE);
        assertTrue(observation("cloud.test", "CVE-2021-26855").getSummary().contains("Microsoft 365"));
        assertEquals(List.of(), cloud.requests());
        // autodiscover.cloud.test is Microsoft's: one look at its certificate, no probe
        assertStatus("cloud.test", "exchange.webEndpoints", CheckStatus.NOT_APPLICABLE);
        assertTrue(observation("cloud.test", "exchange.webEndpoints").getSummary().contains("Microsoft 365"));
        assertEquals(List.of("GET /owa/ HTTP/1.1"), cloudAutodiscover.requests());
    }

    @Test
    public void portsThePortScanFoundClosedOrBlockedAreNotProbed() {
        assertStatus("closed.test", "exchange.https", CheckStatus.NOT_APPLICABLE);
        assertStatus("closed.test", "CVE-2021-26855", CheckStatus.NOT_APPLICABLE);
        String summary = observation("closed.test", "CVE-2021-26855").getSummary();
        assertTrue(summary, summary.contains("port 443 closed"));
        assertStatus("blocked.test", "exchange.https", CheckStatus.UNREACHABLE);
        assertStatus("blocked.test", "CVE-2022-41040", CheckStatus.UNREACHABLE);
        assertTrue(observation("blocked.test", "exchange.https").getDurationMillis() < 100);
    }
}
