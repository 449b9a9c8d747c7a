package org.auditbench.scan.nmap.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Test;

/** The nmap.script check in a real scan: its verdict lands beside the native CVE-2021-26855 verdict. */
public class NmapScanTest {

    private static DomainScan scan(ExchangeStandIn server, String nmapBinary) throws Exception {
        Path dir = Files.createTempDirectory("nmap-scan");
        Path script = dir.resolve("auditbench-test-ssrf-marker.nse");
        try (InputStream in = NmapScanTest.class.getResourceAsStream("/nse/auditbench-test-ssrf-marker.nse")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Nsd nsd = Nsd.start(Files.createDirectory(dir.resolve("nsd")), ExchangeStandIn.randomAddress().getHostAddress(),
                List.of(new Zone("nmap.test").add("@ MX 10 mail").add("mail A " + server.address().getHostAddress())))) {
            ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                    .withTimeout(Duration.ofSeconds(2)).withPorts(List.of(443)).withAsnZone("asn.invalid")
                    .withChecks(Set.of("nmap.script"), Set.of()).withOption("nmap.script", script.toString())
                    .withOption("nmap.timeoutSeconds", "20");
            if (nmapBinary != null) {
                settings = settings.withOption("nmap.binary", nmapBinary);
            }
            return ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of("nmap.test")), null, new NullProgressMonitor())
                    .getDomainScans().get(0);
        }
    }

    private static Observation observation(DomainScan scan, String checkId) {
        return scan.getObservations().stream().filter(o -> o.getCheckId().equals(checkId)).findFirst()
                .orElseThrow(() -> new AssertionError(checkId + " missing"));
    }

    @Test
    public void nmapVerdictStandsBesideTheNativeOne() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.unpatched2016().start()) {
            DomainScan scan = scan(server, null);
            Observation nmap = observation(scan, "nmap.script");
            assertEquals(nmap.getSummary() + "\n" + nmap.getEvidence(), CheckStatus.VULNERABLE, nmap.getStatus());
            assertEquals(CheckStatus.VULNERABLE, observation(scan, "CVE-2021-26855").getStatus());
            assertEquals(observation(scan, "CVE-2021-26855").getTarget(), nmap.getTarget());
            assertTrue(nmap.getEvidence(), nmap.getEvidence().contains("-n -Pn -sT"));
        }
    }

    @Test
    public void missingNmapIsUnavailable() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.patched2019().start()) {
            DomainScan scan = scan(server, "/nonexistent/bin/nmap");
            Observation nmap = observation(scan, "nmap.script");
            assertEquals(CheckStatus.UNAVAILABLE, nmap.getStatus());
            assertTrue(nmap.getSummary(), nmap.getSummary().contains("/nonexistent/bin/nmap"));
            assertEquals(CheckStatus.NOT_VULNERABLE, observation(scan, "CVE-2021-26855").getStatus());
        }
    }
}
