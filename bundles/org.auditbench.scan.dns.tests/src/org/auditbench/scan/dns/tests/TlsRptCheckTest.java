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
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Check {@code dns.tlsrpt} against a real NSD on 127.0.11.54: a good record, malformed ones, several, none. */
public class TlsRptCheckTest {

    private static PeerGroup peers;
    private static Map<String, DomainScan> scans;

    @BeforeClass
    public static void scan() throws Exception {
        peers = PeerGroup.inTempFolder("tlsrpt");
        Nsd nsd = peers.add(Nsd.start(peers.folder(), "127.0.11.54", List.of(
                new Zone("gut.test").add("_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls-berichte@gut.test,https://berichte.gut.test/tlsrpt\""),
                new Zone("ohne-rua.test").add("_smtp._tls TXT \"v=TLSRPTv1;\""),
                new Zone("ftp.test").add("_smtp._tls TXT \"v=TLSRPTv1; rua=ftp://berichte.ftp.test\""),
                new Zone("doppelt.test").add("_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:a@doppelt.test\"")
                        .add("_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:b@doppelt.test\""),
                new Zone("keiner.test").add("@ TXT \"v=spf1 -all\""))));
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofMillis(800)).withChecks(Set.of(), Set.of("dns.provider"));
        scans = ScanEngine.fromExtensions(settings).run(List.of("gut.test", "ohne-rua.test", "ftp.test", "doppelt.test", "keiner.test")
                .stream().map(ScanRequest::of).toList(), null, new NullProgressMonitor()).getDomainScans().stream()
                .collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    private static Observation assertStatus(String domain, CheckStatus expected) {
        Observation o = Observations.one(scans.get(domain), "dns.tlsrpt", domain);
        assertEquals(domain + ": " + o.getSummary(), expected, o.getStatus());
        return o;
    }

    @Test
    public void aRecordWithReportAddressesIsOk() {
        Observation o = assertStatus("gut.test", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("rua=mailto:tls-berichte@gut.test"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("https://berichte.gut.test/tlsrpt"));
    }

    @Test
    public void malformedOrSeveralRecordsAreAWarningSayingWhy() {
        assertTrue(assertStatus("ohne-rua.test", CheckStatus.WARNING).getSummary().contains("no rua="));
        assertTrue(assertStatus("ftp.test", CheckStatus.WARNING).getSummary().contains("'ftp://berichte.ftp.test' is no mailto: or https:"));
        assertTrue(assertStatus("doppelt.test", CheckStatus.WARNING).getSummary().contains("2 TLS-RPT records"));
    }

    @Test
    public void noRecordIsNoted() {
        Observation o = assertStatus("keiner.test", CheckStatus.INFO);
        assertTrue(o.getSummary(), o.getSummary().contains("no TLS-RPT record at _smtp._tls.keiner.test"));
    }
}
