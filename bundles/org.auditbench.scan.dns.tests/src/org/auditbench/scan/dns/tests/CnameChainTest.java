package org.auditbench.scan.dns.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.dns.internal.CnameLoopException;
import org.auditbench.scan.dns.internal.DnsAnswer;
import org.auditbench.scan.dns.internal.DnsClient;
import org.auditbench.scan.dns.internal.DnsLookupException;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Type;

/**
 * CNAMEs against a real NSD on 127.0.19.153: a loop is named a loop, and the hop limit (8) holds for the
 * whole resolution, also when NSD sends a long chain in one answer and the client asks again for where it
 * stopped.
 */
public class CnameChainTest {

    private static PeerGroup peers;
    private static Nsd nsd;

    @BeforeClass
    public static void startNsd() throws Exception {
        peers = PeerGroup.inTempFolder("cname-chain");
        Zone zone = new Zone("kette.test").add("a CNAME b").add("b CNAME a").add("@ MX 10 a").add("@ MX 20 mx").add("mx A 127.0.19.5");
        // k0 -> k1 -> ... -> k13 -> A: 13 hops, all in one answer of NSD
        for (int i = 0; i < 13; i++) {
            zone.add("k" + i + " CNAME k" + (i + 1));
        }
        zone.add("k13 A 127.0.19.6");
        nsd = peers.add(Nsd.start(peers.folder(), "127.0.19.153", List.of(zone)));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    private static ScanSettings settings() {
        return ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAsnZone("asn.invalid").withAllowPrivate(true)
                .withTimeout(Duration.ofMillis(1500));
    }

    @Test
    public void aCnameLoopIsReportedAsALoop() throws Exception {
        DnsClient dns = DnsClient.of(settings());
        CnameLoopException loop = assertThrows(CnameLoopException.class, () -> dns.query("a.kette.test", Type.A));
        assertEquals("CNAME loop: a.kette.test -> b.kette.test -> a.kette.test", loop.getMessage());
        ScanRun run = ScanEngine.fromExtensions(settings().withChecks(Set.of(), Set.of("net.ports", "smtp.session", "smtp.starttls",
                "smtp.classification", "dns.provider"))).run(List.of(ScanRequest.of("kette.test")), null, new NullProgressMonitor());
        DomainScan scan = run.getDomainScans().get(0);
        var mx = Observations.one(scan, "dns.mx", "kette.test");
        assertThat(mx.getSummary(), containsString("the address lookup of MX target a.kette.test failed (CNAME loop: a.kette.test -> b.kette.test -> a.kette.test)"));
        assertThat(mx.getSummary(), not(containsString("dangling")));
        assertEquals(CheckStatus.UNDETERMINED, mx.getStatus());
        assertEquals("127.0.19.5", scan.getMailServers().get(1).getAddresses().get(0).getIp());
    }

    @Test
    public void theHopLimitHoldsOverTheWholeChainNotPerAnswer() throws Exception {
        DnsClient dns = DnsClient.of(settings());
        // 13 CNAMEs from k0, 8 from k5: the first is too long, however many answers it takes
        DnsLookupException tooLong = assertThrows(DnsLookupException.class, () -> dns.query("k0.kette.test", Type.A));
        assertEquals("more than 8 CNAMEs from k0.kette.test", tooLong.getMessage());
        DnsAnswer eight = dns.query("k5.kette.test", Type.A);
        assertEquals("127.0.19.6", ((ARecord) eight.records().get(0)).getAddress().getHostAddress());
        assertThrows(DnsLookupException.class, () -> dns.query("k4.kette.test", Type.A));
    }
}
