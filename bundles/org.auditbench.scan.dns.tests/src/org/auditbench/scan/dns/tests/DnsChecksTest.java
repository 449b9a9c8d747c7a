package org.auditbench.scan.dns.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.DatagramSocket;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.FaultyDnsServer;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The DNS checks against a real NSD serving fictional institutions on 127.0.11.53, and against DNS
 * servers that fail, truncate or stay silent. Only the DNS checks run (no connection to any address).
 */
public class DnsChecksTest {

    private static final String IDN_DOMAIN = "münster-bistum.test";
    private static PeerGroup peers;
    private static Nsd nsd;

    @BeforeClass
    public static void startNsd() throws Exception {
        peers = PeerGroup.inTempFolder("dns-checks");
        nsd = peers.add(Nsd.start(peers.folder(), "127.0.11.53", List.of(
                new Zone("nord.test").add("@ MX 10 mx1").add("@ MX 20 mx2").add("@ MX 30 mx-verwaist")
                        .add("mx1 A 127.0.11.1").add("mx2 A 127.0.11.2").add("mx2 AAAA ::1")
                        .add("@ TXT \"v=spf1 include:spf.protection.outlook.com -all\"")
                        .add("_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@nord.test\""),
                new Zone("ohne-mx.test").add("@ A 127.0.11.3").add("@ TXT \"v=spf1 \" \"ip4:127.0.11.0/24 -all\"")
                        .add("_dmarc TXT \"v=DMARC1; p=none\""),
                new Zone("keine-post.test").add("@ MX 0 .").add("@ TXT \"v=spf1 -all\"").add("@ TXT \"v=spf1 +all\""),
                new Zone("nichts.test").add("www TXT \"no mail here\""),
                new Zone(IDN.toASCII(IDN_DOMAIN)).add("@ MX 5 mail").add("mail A 127.0.11.4"),
                new Zone("asn.test").asnOrigin("127.0.11.1", "64500", "127.0.11.0/24", "DE")
                        .asnOrigin("127.0.11.3", "64501 64502", "127.0.11.0/28", "NL")
                        .add("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.origin6 TXT \"64500 | ::1/128 | DE | ripencc | 2020-01-01\"")
                        .asnName(64500, "DE", "NORDNETZ-AS", "Nordnetz M\u00fcnster GmbH")
                        .asnName(64501, "NL", "POLDER-AS", "Polder Hosting B.V."))));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    private static ScanSettings settings(InetSocketAddress... servers) {
        return ScanSettings.defaults().withDnsServers(List.of(servers)).withAsnZone("asn.test").withAllowPrivate(true)
                .withTimeout(Duration.ofMillis(800)).withChecks(Set.of(), Set.of("net.ports", "smtp.session", "smtp.starttls",
                        "smtp.classification"));
    }

    private static DomainScan scan(ScanSettings settings, String domain) throws Exception {
        ScanRun run = ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of(domain)), null, new NullProgressMonitor());
        assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
        return run.getDomainScans().get(0);
    }

    @Test
    public void severalMxAreOrderedByPreferenceAndADanglingTargetIsAWarning() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), "nord.test");
        assertEquals(MxKind.MX, scan.getMxKind());
        assertEquals(List.of("mx1.nord.test", "mx2.nord.test", "mx-verwaist.nord.test"),
                scan.getMailServers().stream().map(MailServer::getHost).toList());
        assertEquals(List.of(10, 20, 30), scan.getMailServers().stream().map(MailServer::getPreference).toList());
        assertThat(scan.getMailServers().get(2).getAddresses(), empty());
        var mx = Observations.one(scan, "dns.mx", "nord.test");
        assertEquals(CheckStatus.WARNING, mx.getStatus());
        assertThat(mx.getSummary(), containsString("dangling MX target mx-verwaist.nord.test"));
    }

    @Test
    public void ipv6AddressesOfAMailHostAreScannedTargets() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), "nord.test");
        MailServer mx2 = scan.getMailServers().get(1);
        assertEquals(List.of("127.0.11.2", "::1"), mx2.getAddresses().stream().map(NetAddress::getIp).toList());
        NetAddress v6 = mx2.getAddresses().get(1);
        assertEquals(64500L, v6.getProvider().getAsNumber());
        assertEquals(CheckStatus.INFO, Observations.one(scan, "dns.provider", "mx2.nord.test ::1").getStatus());
    }

    @Test
    public void noMxMeansTheDomainsOwnAddressIsAnImplicitMx() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), "ohne-mx.test");
        assertEquals(MxKind.IMPLICIT, scan.getMxKind());
        MailServer implicit = scan.getMailServers().get(0);
        assertTrue(implicit.isImplicit());
        assertEquals("ohne-mx.test", implicit.getHost());
        assertEquals("127.0.11.3", implicit.getAddresses().get(0).getIp());
    }

    @Test
    public void nullMxMeansNoMailAndNoServers() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), "keine-post.test");
        assertEquals(MxKind.NULL_MX, scan.getMxKind());
        assertThat(scan.getMailServers(), empty());
        assertEquals(CheckStatus.INFO, Observations.one(scan, "dns.mx", "keine-post.test").getStatus());
    }

    @Test
    public void aDomainWithoutMxAndAddressOrThatDoesNotExistHasNoMailServers() throws Exception {
        DomainScan none = scan(settings(nsd.address()), "nichts.test");
        assertEquals(MxKind.NONE, none.getMxKind());
        DomainScan missing = scan(settings(nsd.address()), "gibt-es-nicht.nord.test");
        assertEquals(MxKind.NONE, missing.getMxKind());
        assertThat(Observations.one(missing, "dns.mx", "gibt-es-nicht.nord.test").getSummary(), containsString("NXDOMAIN"));
    }

    @Test
    public void providerComesFromTheAsnZoneWithOrganisationAndCountry() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), "nord.test");
        NetAddress mx1 = scan.getMailServers().get(0).getAddresses().get(0);
        assertEquals(64500L, mx1.getProvider().getAsNumber());
        // the registry sends UTF-8 in its TXT strings: read as text, not as dnsjava's escaped presentation (\195\188)
        assertEquals("Nordnetz M\u00fcnster GmbH", mx1.getProvider().getOrganisation());
        assertEquals("DE", mx1.getProvider().getCountry());
        DomainScan several = scan(settings(nsd.address()), "ohne-mx.test");
        var provider = Observations.one(several, "dns.provider", "ohne-mx.test 127.0.11.3");
        assertThat(provider.getSummary(), containsString("Polder Hosting B.V. (AS64501, AS64502)"));
        NetAddress unknown = scan.getMailServers().get(1).getAddresses().get(0);
        assertEquals(null, unknown.getProvider());
    }

    @Test
    public void spfAndDmarcRecordsAreJudged() throws Exception {
        DomainScan nord = scan(settings(nsd.address()), "nord.test");
        assertEquals(CheckStatus.OK, Observations.one(nord, "dns.spf", "nord.test").getStatus());
        assertEquals(CheckStatus.OK, Observations.one(nord, "dns.dmarc", "nord.test").getStatus());
        DomainScan split = scan(settings(nsd.address()), "ohne-mx.test");
        assertThat(Observations.one(split, "dns.spf", "ohne-mx.test").getSummary(), containsString("v=spf1 ip4:127.0.11.0/24 -all"));
        assertThat(Observations.one(split, "dns.dmarc", "ohne-mx.test").getSummary(), containsString("policy none"));
        DomainScan twice = scan(settings(nsd.address()), "keine-post.test");
        assertThat(Observations.one(twice, "dns.spf", "keine-post.test").getSummary(), containsString("2 SPF records"));
        assertEquals(CheckStatus.WARNING, Observations.one(twice, "dns.dmarc", "keine-post.test").getStatus());
    }

    @Test
    public void internationalDomainNamesAreScannedInTheirAsciiForm() throws Exception {
        DomainScan scan = scan(settings(nsd.address()), IDN_DOMAIN);
        assertEquals("xn--mnster-bistum-wob.test", scan.getDomainName());
        assertEquals(MxKind.MX, scan.getMxKind());
        assertEquals("mail.xn--mnster-bistum-wob.test", scan.getMailServers().get(0).getHost());
    }

    @Test
    public void servfailIsAFailedLookupNotAnAbsentRecord() throws Exception {
        try (FaultyDnsServer faulty = FaultyDnsServer.start("127.0.11.54", FaultyDnsServer.Fault.SERVFAIL)) {
            DomainScan scan = scan(settings(faulty.address()), "nord.test");
            assertEquals(MxKind.LOOKUP_FAILED, scan.getMxKind());
            var mx = Observations.one(scan, "dns.mx", "nord.test");
            assertEquals(CheckStatus.ERROR, mx.getStatus());
            assertThat(mx.getSummary(), containsString("SERVFAIL"));
            assertEquals(CheckStatus.ERROR, Observations.one(scan, "dns.spf", "nord.test").getStatus());
        }
    }

    @Test
    public void aTruncatedAnswerThatCannotBeFetchedOverTcpIsAFailedLookup() throws Exception {
        try (FaultyDnsServer faulty = FaultyDnsServer.start("127.0.11.55", FaultyDnsServer.Fault.TRUNCATED)) {
            DomainScan scan = scan(settings(faulty.address()), "nord.test");
            assertEquals(MxKind.LOOKUP_FAILED, scan.getMxKind());
            assertEquals(CheckStatus.ERROR, Observations.one(scan, "dns.mx", "nord.test").getStatus());
        }
    }

    @Test
    public void aSilentServerEndsInATimeoutWithinTheSetting() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.11.56"), 0))) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.11.56"), silent.getLocalPort());
            long start = System.nanoTime();
            DomainScan scan = scan(settings(address), "nord.test");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(MxKind.LOOKUP_FAILED, scan.getMxKind());
            assertThat(Observations.one(scan, "dns.mx", "nord.test").getSummary(), containsString("no answer within 800 ms"));
            assertThat(millis, lessThan(6_000L));
        }
    }

    @Test
    public void whenTheFirstServerIsSilentTheNextOneAnswers() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.11.57"), 0))) {
            InetSocketAddress dead = new InetSocketAddress(InetAddress.getByName("127.0.11.57"), silent.getLocalPort());
            DomainScan scan = scan(settings(dead, nsd.address()), "ohne-mx.test");
            assertEquals(MxKind.IMPLICIT, scan.getMxKind());
            assertFalse(scan.getMailServers().isEmpty());
        }
    }
}
