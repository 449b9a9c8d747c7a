package org.auditbench.scan.nmap.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.nmap.NmapRunner;
import org.auditbench.scan.nmap.NmapVerdict;
import org.auditbench.scan.nmap.internal.NmapScriptCheck;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** nmap really run against the Exchange stand-in on loopback with the project's own NSE test script. */
public class NmapRunTest {

    private static Path script;
    private static NmapRunner nmap;

    @BeforeClass
    public static void setUp() throws IOException {
        script = Files.createTempFile("auditbench-test-ssrf-marker", ".nse");
        try (InputStream in = NmapRunTest.class.getResourceAsStream("/nse/auditbench-test-ssrf-marker.nse")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        nmap = new NmapRunner(NmapRunner.locate(null).orElseThrow(() -> new AssertionError("nmap is needed (system-packages.sh)")));
    }

    @AfterClass
    public static void tearDown() throws IOException {
        Files.deleteIfExists(script);
    }

    private static CheckResult scan(ExchangeStandIn.Builder standIn) throws Exception {
        try (ExchangeStandIn server = standIn.start()) {
            return NmapVerdict.of(nmap.run(server.address(), List.of(443), script.toString(), "", Duration.ofSeconds(20)), 443);
        }
    }

    @Test
    public void unpatchedExchangeIsVulnerableForNmapToo() throws Exception {
        CheckResult r = scan(ExchangeStandIn.unpatched2016());
        assertEquals(r.evidence(), CheckStatus.VULNERABLE, r.status());
        assertTrue(r.evidence(), r.evidence().contains("X-CalculatedBETarget: localhost"));
        assertTrue(r.evidence(), r.evidence().contains(" -n -Pn "));
    }

    @Test
    public void patchedExchangeIsNotVulnerableForNmap() throws Exception {
        CheckResult r = scan(ExchangeStandIn.patched2019());
        assertEquals(r.evidence(), CheckStatus.NOT_VULNERABLE, r.status());
    }

    @Test
    public void aClosedPortIsUnreachable() throws Exception {
        CheckResult r = NmapVerdict.of(nmap.run(ExchangeStandIn.randomAddress(), List.of(443), script.toString(), "",
                Duration.ofSeconds(20)), 443);
        assertEquals(r.evidence(), CheckStatus.UNREACHABLE, r.status());
    }

    @Test
    public void aSilentPeerEndsInErrorWithinTheTimeout() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(ExchangeStandIn.Mode.SILENT).start()) {
            long start = System.nanoTime();
            CheckResult r = NmapVerdict.of(nmap.run(server.address(), List.of(443), script.toString(), "", Duration.ofSeconds(2)), 443);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
            assertEquals(r.evidence(), CheckStatus.ERROR, r.status());
            assertTrue(r.summary(), r.summary().contains("time ran out"));
        }
    }

    @Test
    public void missingNmapOrScriptIsUnavailableWithTheReason() {
        CheckResult r = NmapScriptCheck.unavailable(Map.of("nmap.binary", "/nonexistent/nmap", "nmap.script", script.toString()))
                .orElseThrow();
        assertEquals(CheckStatus.UNAVAILABLE, r.status());
        assertTrue(r.summary(), r.summary().contains("/nonexistent/nmap"));
        r = NmapScriptCheck.unavailable(Map.of()).orElseThrow();
        assertEquals(CheckStatus.UNAVAILABLE, r.status());
        assertTrue(r.summary(), r.summary().contains("nmap.script"));
        r = NmapScriptCheck.unavailable(Map.of("nmap.script", "/nonexistent/x.nse")).orElseThrow();
        assertTrue(r.summary(), r.summary().contains("/nonexistent/x.nse"));
        assertTrue(NmapScriptCheck.unavailable(Map.of("nmap.script", script.toString())).isEmpty());
    }

    @Test
    public void cancellationKillsNmap() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(ExchangeStandIn.Mode.SILENT).start()) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread run = Thread.ofVirtual().start(() -> {
                try {
                    nmap.run(server.address(), List.of(443), script.toString(), "", Duration.ofSeconds(60));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            Thread.sleep(1_000);
            long nmapsBefore = nmapProcesses();
            assertTrue("nmap runs", nmapsBefore > 0);
            run.interrupt();
            run.join(5_000);
            assertFalse(run.isAlive());
            assertTrue(String.valueOf(outcome.get()), outcome.get() instanceof InterruptedException);
            Thread.sleep(200);
            assertEquals("nmap killed", 0, nmapProcesses());
        }
    }

    private static long nmapProcesses() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("nmap")).count();
    }
}
