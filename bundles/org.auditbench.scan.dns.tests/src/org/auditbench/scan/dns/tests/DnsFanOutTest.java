package org.auditbench.scan.dns.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.DnsProxy;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * How far one domain's DNS reaches: 1,000 MX records are capped by preference, the run's DNS queries in
 * flight stay within their limit, and an address lookup that times out is not a dangling MX. A real NSD
 * on 127.0.19.53, behind a proxy that delays or swallows answers where a test needs it. Only the DNS
 * checks run.
 */
public class DnsFanOutTest {

    private static PeerGroup peers;
    private static Nsd nsd;

    @BeforeClass
    public static void startNsd() throws Exception {
        peers = PeerGroup.inTempFolder("dns-fan-out");
        Zone many = new Zone("viele.test");
        for (int i = 0; i < 1_000; i++) {
            many.add("@ MX " + (1_000 - i) + " mx" + i).add("mx" + i + " A 127.0.19." + (i % 250 + 1));
        }
        Zone twenty = new Zone("zwanzig.test");
        for (int i = 0; i < 20; i++) {
            twenty.add("@ MX 10 mx" + i).add("mx" + i + " A 127.0.19." + (i + 1)).add("mx" + i + " AAAA fd00::" + (i + 1));
        }
        for (int d = 0; d < 6; d++) {
            for (int i = 0; i < 20; i++) {
                twenty.add("d" + d + " MX 10 mx" + i + ".zwanzig.test.");
            }
        }
        Zone silent = new Zone("stumm.test").add("@ MX 10 mx").add("@ MX 20 stumm").add("@ MX 30 weg")
                .add("mx A 127.0.19.1").add("stumm A 127.0.19.2");
        nsd = peers.add(Nsd.start(peers.folder(), "127.0.19.53", List.of(many, twenty, silent)));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    private static ScanSettings settings(InetSocketAddress server) {
        return ScanSettings.defaults().withDnsServers(List.of(server)).withAsnZone("asn.invalid").withAllowPrivate(true)
                .withTimeout(Duration.ofMillis(1500)).withChecks(Set.of(), Set.of("net.ports", "smtp.session", "smtp.starttls",
                        "smtp.classification", "dns.provider"));
    }

    private static ScanRun run(ScanSettings settings, String... domains) throws CoreException {
        ScanRun run = ScanEngine.fromExtensions(settings).run(List.of(domains).stream().map(ScanRequest::of).toList(), null,
                new NullProgressMonitor());
        assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
        return run;
    }

    @Test
    public void aThousandMxRecordsAreCappedByPreferenceAndTwoRunsAgree() throws Exception {
        DomainScan first = run(settings(nsd.address()), "viele.test").getDomainScans().get(0);
        DomainScan second = run(settings(nsd.address()), "viele.test").getDomainScans().get(0);
        // the lowest preference values belong to the last hosts of the zone
        List<String> expected = IntStream.range(0, 20).mapToObj(i -> "mx" + (999 - i) + ".viele.test").toList();
        assertEquals(expected, first.getMailServers().stream().map(MailServer::getHost).toList());
        Observation mx = Observations.one(first, "dns.mx", "viele.test");
        assertEquals(CheckStatus.OK, mx.getStatus());
        assertThat(mx.getSummary(), containsString("; 1,000 MX records, checked the first 20 by preference"));
        assertThat(mx.getSummary(), not(containsString("dangling")));
        assertEquals(mx.getSummary(), Observations.one(second, "dns.mx", "viele.test").getSummary());
        assertEquals(addresses(first), addresses(second));
        assertEquals(20, addresses(first).size());
    }

    @Test
    public void theAddressesOfOneDomainAreCappedInPreferenceOrder() throws Exception {
        DomainScan scan = run(settings(nsd.address()), "zwanzig.test").getDomainScans().get(0);
        // 20 hosts with an IPv4 and an IPv6 address each: the first 10 hosts are checked
        assertEquals(10, scan.getMailServers().size());
        assertEquals(20, addresses(scan).size());
        assertThat(Observations.one(scan, "dns.mx", "zwanzig.test").getSummary(), containsString("; 40 addresses, checked the first 20"));
        DomainScan wider = run(settings(nsd.address()).withMailHostLimit(40), "zwanzig.test").getDomainScans().get(0);
        assertEquals(20, wider.getMailServers().size());
        assertEquals(40, addresses(wider).size());
    }

    @Test
    public void dnsQueriesInFlightStayWithinTheRunsLimit() throws Exception {
        // each answer is held back 30 ms, so that queries sent together are seen together
        try (DnsProxy proxy = DnsProxy.start("127.0.19.54", nsd.address(), Duration.ofMillis(30), q -> false)) {
            ScanSettings settings = settings(proxy.address()).withDnsQueriesInFlight(8);
            ScanRun run = run(settings, "d0.zwanzig.test", "d1.zwanzig.test", "d2.zwanzig.test", "d3.zwanzig.test", "d4.zwanzig.test",
                    "d5.zwanzig.test");
            assertThat(proxy.mostInFlight(), lessThanOrEqualTo(8));
            assertThat(proxy.mostInFlight(), greaterThan(1));
            for (DomainScan scan : run.getDomainScans()) {
                assertEquals(scan.getDomainName(), CheckStatus.OK, Observations.one(scan, "dns.mx", scan.getDomainName()).getStatus());
                assertEquals(20, addresses(scan).size());
            }
        }
    }

    @Test
    public void anAddressLookupThatTimesOutIsNotADanglingMx() throws Exception {
        try (DnsProxy proxy = DnsProxy.start("127.0.19.55", nsd.address(), Duration.ZERO, q -> q.name().equals("stumm.stumm.test"))) {
            DomainScan scan = run(settings(proxy.address()), "stumm.test").getDomainScans().get(0);
            Observation mx = Observations.one(scan, "dns.mx", "stumm.test");
            assertThat(mx.getSummary(), containsString(
                    "the address lookup of MX target stumm.stumm.test timed out, so whether it has an address is unknown (no answer within 1500 ms"));
            assertThat(mx.getSummary(), not(containsString("dangling MX target stumm")));
            // a target that DNS says does not exist stays dangling
            assertThat(mx.getSummary(), containsString("dangling MX target weg.stumm.test"));
            assertEquals(CheckStatus.WARNING, mx.getStatus());
            assertThat(scan.getMailServers().get(1).getAddresses(), empty());
        }
        try (DnsProxy proxy = DnsProxy.start("127.0.19.56", nsd.address(), Duration.ZERO,
                q -> q.name().equals("weg.stumm.test") || q.name().equals("stumm.stumm.test"))) {
            Observation mx = Observations.one(run(settings(proxy.address()), "stumm.test").getDomainScans().get(0), "dns.mx", "stumm.test");
            assertEquals("only unknown, nothing wrong: undetermined", CheckStatus.UNDETERMINED, mx.getStatus());
            assertThat(mx.getSummary(), not(containsString("dangling")));
        }
    }

    private static List<String> addresses(DomainScan scan) {
        return scan.getMailServers().stream().flatMap(m -> m.getAddresses().stream()).map(NetAddress::getIp).toList();
    }
}
