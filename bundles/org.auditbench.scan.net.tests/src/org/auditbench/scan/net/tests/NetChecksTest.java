package org.auditbench.scan.net.tests;

import static org.auditbench.scan.net.tests.MailServersOnLoopback.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.Nmap;
import org.auditbench.testing.peers.Observations;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * One scan of all fictional institutions on 127.0.12.x (and ::1): every mail server kind, STARTTLS,
 * and hostile peers; each ends in a clear status per check while the scan goes on. Port states are
 * compared with nmap's.
 */
public class NetChecksTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    /** The pause before the retry after a temporary refusal (ten seconds by default). */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static MailServersOnLoopback peers;
    private static ScanRun run;
    private static long scanMillis;
    private static final Map<String, DomainScan> byDomain = new TreeMap<>();

    @BeforeClass
    public static void scanAll() throws Exception {
        peers = new MailServersOnLoopback();
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(peers.nsd.address())).withAsnZone("asn.invalid")
                .withAllowPrivate(true).withTimeout(TIMEOUT).withOption("smtp.retryAfterMillis", String.valueOf(RETRY_AFTER.toMillis()));
        long start = System.nanoTime();
        run = ScanEngine.fromExtensions(settings).run(ALL.stream().map(i -> ScanRequest.of(i.domain())).toList(), null,
                new NullProgressMonitor());
        scanMillis = (System.nanoTime() - start) / 1_000_000;
        run.getDomainScans().forEach(d -> byDomain.put(d.getDomainName(), d));
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    private static NetAddress address(Institution institution) {
        return Observations.address(byDomain.get(institution.domain()), institution.mxHost(), institution.ip());
    }

    private static Observation observation(Institution institution, String checkId) {
        return Observations.one(byDomain.get(institution.domain()), checkId, institution.mxHost() + " " + institution.ip());
    }

    @Test
    public void theRunCompletesWithEveryDomainAndWithinItsTimeouts() {
        assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
        assertEquals(ALL.size(), run.getDomainScans().size());
        // hostile peers cost at most a few timeouts in parallel, not one each in a row
        assertThat(scanMillis, lessThan(5 * TIMEOUT.toMillis() + RETRY_AFTER.toMillis() + 3000));
    }

    @Test
    public void everyMailServerKindIsRecognised() {
        assertEquals(MailServerKind.EXCHANGE_ONPREM, address(EXCHANGE).getServerKind());
        assertEquals(MailServerKind.EXCHANGE_ONPREM, address(EXCHANGE_CUSTOM).getServerKind());
        assertEquals(MailServerKind.MICROSOFT_365, address(M365).getServerKind());
        assertEquals(MailServerKind.GOOGLE, address(GOOGLE).getServerKind());
        assertEquals(MailServerKind.POSTFIX, address(POSTFIX).getServerKind());
        assertEquals(MailServerKind.EXIM, address(EXIM).getServerKind());
        assertEquals(MailServerKind.GATEWAY, address(GATEWAY).getServerKind());
        assertEquals(MailServerKind.OTHER, address(OTHER).getServerKind());
        assertEquals(MailServerKind.NO_ANSWER, address(SILENT).getServerKind());
        assertEquals(MailServerKind.NO_ANSWER, address(CLOSED).getServerKind());
        assertEquals(MailServerKind.NO_ANSWER, address(BLOCKED).getServerKind());
        assertEquals(MailServerKind.EXIM, address(IPV6).getServerKind());
    }

    @Test
    public void bannersAreKeptWholeIncludingMultiLineGreetings() {
        assertThat(address(EXCHANGE).getSmtpBanner(), startsWith("220 mail.stadtwerke-ost.test Microsoft ESMTP MAIL Service ready at "));
        assertEquals("220 mx.pfarrei-mitte.test ESMTP Postfix", address(POSTFIX).getSmtpBanner());
        assertEquals("220-mail.kita-sonnenschein.test ESMTP MailMaster 3.2\r\n220-Unauthorised use prohibited.\r\n220 Have a nice day",
                address(OTHER).getSmtpBanner());
        assertThat(observation(EXCHANGE_CUSTOM, "smtp.session").getSummary(), containsString("X-ANONYMOUSTLS"));
    }

    @Test
    public void startTlsIsJudgedWithVersionCipherAndCertificate() {
        Observation postfix = observation(POSTFIX, "smtp.starttls");
        assertTrue(address(POSTFIX).isStartTls());
        // the real Postfix, with a self-signed certificate that names it
        assertEquals(CheckStatus.WARNING, postfix.getStatus());
        assertThat(postfix.getSummary(), containsString("not issued by a trusted authority"));
        assertFalse(postfix.getSummary().contains("does not name"));
        assertThat(postfix.getEvidence(), containsString("TLSv1.3"));
        assertThat(postfix.getEvidence(), containsString("CN=" + EXCHANGE.mxHost()));
        // wildcard names match one label
        assertFalse(observation(GOOGLE, "smtp.starttls").getSummary().contains("does not name"));
        // a certificate without the gateway's name
        Observation other = observation(EXCHANGE_CUSTOM, "smtp.starttls");
        assertThat(other.getSummary(), containsString("does not name smtp.kreis-sued.test"));
        assertEquals(CheckStatus.WARNING, observation(OTHER, "smtp.starttls").getStatus());
        assertThat(observation(OTHER, "smtp.starttls").getSummary(), containsString("not offered"));
        assertFalse(address(OTHER).isStartTls());
    }

    @Test
    public void aFailingTlsHandshakeIsAnErrorOfStartTlsOnly() {
        Observation tls = observation(BROKEN_TLS, "smtp.starttls");
        assertEquals(CheckStatus.ERROR, tls.getStatus());
        assertThat(tls.getSummary(), containsString("does not work"));
        assertEquals(MailServerKind.POSTFIX, address(BROKEN_TLS).getServerKind());
    }

    @Test
    public void aSilentPortOrALateGreetingMeansNoAnswer() {
        assertEquals(CheckStatus.UNREACHABLE, observation(SILENT, "smtp.session").getStatus());
        assertThat(observation(SILENT, "smtp.session").getSummary(), containsString("no SMTP greeting"));
        assertEquals(CheckStatus.UNREACHABLE, observation(LATE, "smtp.session").getStatus());
        assertEquals(MailServerKind.NO_ANSWER, address(LATE).getServerKind());
        assertNull(address(LATE).getSmtpBanner());
        assertEquals(CheckStatus.NOT_APPLICABLE, observation(SILENT, "smtp.starttls").getStatus());
    }

    @Test
    public void greylistingRateLimitsAndHangUpsAreUndeterminedAfterOneRetryNeverNoStartTls() {
        for (Institution refusing : List.of(GREYLIST_GREETING, GREYLIST_EHLO, HANG_UP)) {
            Observation session = observation(refusing, "smtp.session");
            assertEquals(refusing.domain(), CheckStatus.UNDETERMINED, session.getStatus());
            assertThat(session.getSummary(), startsWith("not testable: "));
            assertThat(session.getSummary(), containsString("also when tried again 1 s later"));
            assertThat("two connections in the transcript", session.getEvidence(), containsString("-- again after 1 s --"));
            for (String check : List.of("smtp.starttls", "smtp.tls", "smtp.dane")) {
                Observation judged = observation(refusing, check);
                assertEquals(refusing.domain() + " " + check, CheckStatus.UNDETERMINED, judged.getStatus());
                assertThat(judged.getSummary(), not(containsString("not offered")));
            }
        }
        assertThat(observation(GREYLIST_GREETING, "smtp.session").getSummary(), containsString("421 4.7.0"));
        assertThat(observation(GREYLIST_EHLO, "smtp.session").getSummary(), containsString("450 4.7.1 greylisted"));
        assertThat(observation(HANG_UP, "smtp.session").getSummary(), containsString("closed the connection during EHLO"));
    }

    @Test
    public void aServerThatGreylistsOnlyTheFirstAttemptIsJudgedOnTheSecond() {
        Observation session = observation(GREYLIST_ONCE, "smtp.session");
        assertEquals(CheckStatus.INFO, session.getStatus());
        assertThat(session.getEvidence(), containsString("450 4.7.1 greylisted"));
        assertThat(session.getEvidence(), containsString("-- again after 1 s --"));
        assertTrue(address(GREYLIST_ONCE).isStartTls());
        assertThat(observation(GREYLIST_ONCE, "smtp.starttls").getSummary(), startsWith("STARTTLS works"));
    }

    @Test
    public void endlessLinesAndGarbageEndInAnErrorWithBoundedEvidence() {
        Observation endless = observation(ENDLESS, "smtp.session");
        assertEquals(endless.getSummary(), CheckStatus.ERROR, endless.getStatus());
        assertThat(endless.getSummary(), containsString("broke the protocol"));
        Observation garbage = observation(GARBAGE, "smtp.session");
        assertEquals(CheckStatus.ERROR, garbage.getStatus());
        assertThat(garbage.getSummary(), containsString("not in SMTP"));
        assertEquals(MailServerKind.OTHER, address(GARBAGE).getServerKind());
        assertThat(address(GARBAGE).getSmtpBanner().length(), lessThan(600));
    }

    @Test
    public void closedAndBlockedPortsAreToldApart() {
        assertEquals(PortStatus.CLOSED, state(address(CLOSED), 25));
        assertEquals(PortStatus.FILTERED, state(address(BLOCKED), 25));
        assertEquals(PortStatus.OPEN, state(address(EXCHANGE), 443));
        assertEquals(PortStatus.OPEN, state(address(IPV6), 25));
        assertThat(observation(BLOCKED, "smtp.session").getSummary(), containsString("blocked"));
        assertThat(observation(CLOSED, "smtp.session").getSummary(), containsString("closed"));
        assertEquals(ScanSettings.DEFAULT_PORTS, address(EXCHANGE).getPorts().stream().map(PortState::getPort).toList());
    }

    @Test
    public void portStatesAgreeWithNmap() throws Exception {
        List<String> ipv4 = ALL.stream().map(Institution::ip).filter(ip -> !ip.contains(":")).toList();
        Map<String, Map<Integer, String>> states = new TreeMap<>(Nmap.connectScan(ipv4, ScanSettings.DEFAULT_PORTS).states());
        // nmap scans IPv6 in a run of its own; it writes ::1 as "::1" too
        states.putAll(Nmap.connectScan(List.of(IPV6.ip()), ScanSettings.DEFAULT_PORTS).states());
        for (Institution institution : ALL) {
            Map<Integer, String> theirs = states.get(institution.ip());
            for (PortState ours : address(institution).getPorts()) {
                String expected = Nmap.state(theirs, ours.getPort());
                assertEquals(institution.ip() + ":" + ours.getPort(), expected, nmapWord(ours.getState()));
            }
        }
    }

    @Test
    public void evidenceCarriesTheTranscriptAndTimings() {
        Observation session = observation(EXIM, "smtp.session");
        assertThat(List.of(session.getEvidence().split("\n")), hasItems("C: EHLO scanner.auditbench.invalid", "C: STARTTLS"));
        assertThat(observation(EXIM, "net.ports").getEvidence(), containsString("25/tcp open (connected in"));
        assertTrue(session.getDurationMillis() >= 0);
    }

    private static String nmapWord(PortStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case CLOSED -> "closed";
            case FILTERED -> "filtered";
        };
    }

    private static PortStatus state(NetAddress address, int port) {
        return address.getPorts().stream().filter(p -> p.getPort() == port).findFirst().orElseThrow().getState();
    }
}
