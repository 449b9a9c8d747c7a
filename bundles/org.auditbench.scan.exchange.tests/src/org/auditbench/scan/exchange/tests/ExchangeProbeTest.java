package org.auditbench.scan.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.Endpoint;
import org.auditbench.scan.exchange.EndpointReport;
import org.auditbench.scan.exchange.ExchangeProbe;
import org.auditbench.scan.exchange.ExchangeVerdicts;
import org.auditbench.scan.exchange.ExchangeVulnerability;
import org.auditbench.scan.exchange.HttpAnswer;
import org.auditbench.scan.exchange.ProbeStep;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.peers.BlockedPort;
import org.auditbench.testing.exchange.ExchangeStandIn.AutodiscoverAnswer;
import org.auditbench.testing.exchange.ExchangeStandIn.Mode;
import org.auditbench.testing.exchange.ExchangeStandIn.ProxyLogonAnswer;
import org.junit.Test;

/** The probes and verdicts against the real HTTPS stand-in on loopback. */
public class ExchangeProbeTest {

    private static final String HOST = "mail.example.test";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private final ExchangeVerdicts verdicts = new ExchangeVerdicts(BuildTable.shipped());

    private static EndpointReport probe(ExchangeStandIn.Builder standIn) throws IOException, InterruptedException {
        try (ExchangeStandIn server = standIn.start()) {
            return probe(server.address(), server.port());
        }
    }

    private static EndpointReport probe(InetAddress address, int port) throws InterruptedException {
        return new ExchangeProbe(new LoopbackDialer(TIMEOUT), TIMEOUT, ScanSettings.defaults().userAgent()).probe(new Endpoint(HOST, address, port));
    }

    private CheckResult verdict(EndpointReport report, ExchangeVulnerability v) {
        return verdicts.judge(report, v);
    }

    private void assertVerdicts(EndpointReport report, CheckStatus logon, CheckStatus shell, CheckStatus notShell) {
        assertEquals(report.evidence(), logon, verdict(report, ExchangeVulnerability.PROXY_LOGON).status());
        assertEquals(report.evidence(), shell, verdict(report, ExchangeVulnerability.PROXY_SHELL).status());
        assertEquals(report.evidence(), notShell, verdict(report, ExchangeVulnerability.PROXY_NOT_SHELL).status());
    }

    @Test
    public void unpatchedExchangeAnswering500IsVulnerableEverywhere() throws Exception {
        EndpointReport report = probe(ExchangeStandIn.unpatched2016());
        assertVerdicts(report, CheckStatus.VULNERABLE, CheckStatus.VULNERABLE, CheckStatus.VULNERABLE);
        HttpAnswer logon = report.answer(ProbeStep.PROXY_LOGON).orElseThrow();
        assertEquals(500, logon.status());
        assertTrue(logon.body().contains("NegotiateSecurityContext"));
        String evidence = verdict(report, ExchangeVulnerability.PROXY_LOGON).evidence();
        assertTrue(evidence, evidence.contains("X-CalculatedBETarget: localhost"));
        assertTrue(evidence, evidence.contains("Server: Microsoft-IIS/10.0"));
        assertTrue(evidence, evidence.contains("CN=exchange.stand-in.test"));
        assertEquals("15.1.2176.2", report.build().orElseThrow().build().toString());
    }

    @Test
    public void theHeaderDecidesWhateverTheStatus() throws Exception {
        for (ProxyLogonAnswer answer : new ProxyLogonAnswer[] { ProxyLogonAnswer.REDIRECT_302, ProxyLogonAnswer.OK_200 }) {
            // a build that shows the fix must not hide a probe that proves the hole
            EndpointReport report = probe(ExchangeStandIn.patched2019().proxyLogon(answer));
            CheckResult v = verdict(report, ExchangeVulnerability.PROXY_LOGON);
            assertEquals(report.evidence(), CheckStatus.VULNERABLE, v.status());
            assertEquals(answer == ProxyLogonAnswer.OK_200 ? 200 : 302,
                    report.answer(ProbeStep.PROXY_LOGON).orElseThrow().status());
        }
    }

    @Test
    public void patchedExchangeWithVersionHeaderIsNotVulnerable() throws Exception {
        EndpointReport report = probe(ExchangeStandIn.patched2019());
        assertVerdicts(report, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE);
        assertTrue(report.build().orElseThrow().source().contains("X-OWA-Version"));
        assertTrue(verdict(report, ExchangeVulnerability.PROXY_NOT_SHELL).summary().contains("Exchange 2019 CU12 Nov22SU"));
    }

    @Test
    public void aBuildProvingTheFixBeatsInconclusiveProbes() throws Exception {
        EndpointReport report = probe(ExchangeStandIn.patched2019().proxyShell(AutodiscoverAnswer.UNAUTHORIZED)
                .proxyNotShell(AutodiscoverAnswer.UNAUTHORIZED));
        assertVerdicts(report, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE);
    }

    @Test
    public void aBuildLackingTheFixIsVulnerableDespiteNegativeProbes() throws Exception {
        // Exchange 2019 CU11 Aug22SU: ProxyShell fixed, ProxyNotShell not (a mitigation may hide the 302)
        EndpointReport report = probe(ExchangeStandIn.patched2019().build("15.2.986.29"));
        assertVerdicts(report, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE, CheckStatus.VULNERABLE);
    }

    @Test
    public void withoutDecidingBuildOnlyConclusiveProbesSayNotVulnerable() throws Exception {
        // a revision between the last unfixed and the first fixed one of CU12: the build cannot decide
        EndpointReport report = probe(ExchangeStandIn.patched2019().build("15.2.1118.19")
                .proxyNotShell(AutodiscoverAnswer.UNAUTHORIZED));
        assertEquals(CheckStatus.UNDETERMINED, verdict(report, ExchangeVulnerability.PROXY_NOT_SHELL).status());
        // a build no table knows: ProxyLogon by Microsoft's rule, ProxyShell by its 400, ProxyNotShell stays open
        report = probe(ExchangeStandIn.patched2019().build("15.3.100.1"));
        assertVerdicts(report, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_VULNERABLE, CheckStatus.UNDETERMINED);
        report = probe(ExchangeStandIn.patched2019().build("15.3.100.1").proxyShell(AutodiscoverAnswer.UNAUTHORIZED)
                .proxyLogon(ProxyLogonAnswer.BAD_GATEWAY_502));
        assertEquals(CheckStatus.UNDETERMINED, verdict(report, ExchangeVulnerability.PROXY_SHELL).status());
        // a gateway's 502 does not show that Exchange was asked at all
        assertEquals(CheckStatus.UNDETERMINED, verdict(report, ExchangeVulnerability.PROXY_LOGON).status());
    }

    @Test
    public void exchange2010IsOutOfSupport() throws Exception {
        EndpointReport report = probe(ExchangeStandIn.exchange2010());
        assertVerdicts(report, CheckStatus.OUT_OF_SUPPORT, CheckStatus.OUT_OF_SUPPORT, CheckStatus.OUT_OF_SUPPORT);
        assertEquals("14.3.513.0", report.build().orElseThrow().build().toString());
        assertTrue(verdict(report, ExchangeVulnerability.PROXY_LOGON).summary().contains("Exchange 2010 SP3 RU32"));
    }

    @Test
    public void aWebServerThatIsNoExchangeIsNotApplicableAndGetsNoAutodiscoverRequest() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(Mode.NOT_EXCHANGE).start()) {
            EndpointReport report = probe(server.address(), server.port());
            assertVerdicts(report, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE);
            assertTrue(verdict(report, ExchangeVulnerability.PROXY_LOGON).summary().contains("nginx"));
            assertFalse(server.requests().toString(), server.requests().toString().contains("autodiscover"));
            assertEquals(4, server.requests().size());
            assertTrue(server.hostHeaders().stream().allMatch(HOST::equals));
        }
    }

    @Test
    public void aWebServerRedirectingEverythingIsNotAskedForProxyShell() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(Mode.REDIRECT_ALL).start()) {
            EndpointReport report = probe(server.address(), server.port());
            assertEquals(302, report.answer(ProbeStep.PROXY_LOGON).orElseThrow().status());
            assertVerdicts(report, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE);
            assertFalse(server.requests().toString(), server.requests().toString().contains("autodiscover"));
        }
    }

    @Test
    public void aFullBuildInTheHeaderSparesTheBuildRequests() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.patched2019().start()) {
            probe(server.address(), server.port());
            assertEquals(List.of("/owa/", "/owa/auth/x.js", ProbeStep.PROXY_SHELL.target(), ProbeStep.PROXY_NOT_SHELL.target()),
                    server.requests().stream().map(r -> r.split(" ")[1]).toList());
        }
    }

    @Test
    public void microsoftsCloudBehindAutodiscoverIsNotProbed() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(Mode.MICROSOFT_365).proxyLogon(ProxyLogonAnswer.ERROR_500).start()) {
            EndpointReport report = probe(server.address(), server.port());
            assertVerdicts(report, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE);
            assertTrue(verdict(report, ExchangeVulnerability.PROXY_LOGON).summary().contains("Microsoft 365"));
            assertEquals(List.of("GET /owa/ HTTP/1.1"), server.requests());
        }
    }

    @Test
    public void aClosedPortMeansNoHttpsEndpoint() throws Exception {
        EndpointReport report = probe(ExchangeStandIn.randomAddress(), 443);
        assertVerdicts(report, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE, CheckStatus.NOT_APPLICABLE);
        assertEquals(1, report.answers().size());
        assertEquals(HttpAnswer.Failure.REFUSED, report.failure());
    }

    @Test
    public void aBlockedPortIsUnreachableWithinTheTimeout() throws Exception {
        InetAddress address = ExchangeStandIn.randomAddress();
        try (BlockedPort blocked = BlockedPort.open(address.getHostAddress(), 443)) {
            long start = System.nanoTime();
            EndpointReport report = probe(address, 443);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(TIMEOUT.multipliedBy(2)) < 0);
            assertVerdicts(report, CheckStatus.UNREACHABLE, CheckStatus.UNREACHABLE, CheckStatus.UNREACHABLE);
            assertEquals(HttpAnswer.Failure.CONNECT, report.failure());
        }
    }

    @Test
    public void hostilePeersEndInErrorWithinTheTimeout() throws Exception {
        for (Mode mode : new Mode[] { Mode.SILENT, Mode.SLOW, Mode.GARBAGE, Mode.TLS_FAILURE }) {
            long start = System.nanoTime();
            EndpointReport report = probe(ExchangeStandIn.of(mode).slowDelay(Duration.ofMillis(200)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            CheckResult v = verdict(report, ExchangeVulnerability.PROXY_LOGON);
            assertEquals(mode + ": " + report.evidence(), CheckStatus.ERROR, v.status());
            assertEquals(mode + " stops after the first request", 1, report.answers().size());
            assertTrue(mode + " took " + took, took.compareTo(TIMEOUT.multipliedBy(3)) < 0);
            HttpAnswer.Failure expected = switch (mode) {
                case SILENT, TLS_FAILURE -> HttpAnswer.Failure.TLS;
                case SLOW -> HttpAnswer.Failure.TIMEOUT;
                default -> HttpAnswer.Failure.PROTOCOL;
            };
            assertEquals(mode + ": " + report.evidence(), expected, report.failure());
        }
    }

    @Test
    public void cancellationInterruptsAProbeThatWaits() throws Exception {
        try (ExchangeStandIn server = ExchangeStandIn.of(Mode.SILENT).start()) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread probing = Thread.ofVirtual().start(() -> {
                try {
                    new ExchangeProbe(new LoopbackDialer(Duration.ofSeconds(30)), Duration.ofSeconds(30), ScanSettings.defaults().userAgent())
                            .probe(new Endpoint(HOST, server.address(), server.port()));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            Thread.sleep(300);
            long start = System.nanoTime();
            probing.interrupt();
            probing.join(5_000);
            assertFalse("still probing", probing.isAlive());
            assertTrue(String.valueOf(outcome.get()), outcome.get() instanceof InterruptedException);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        }
    }
}
