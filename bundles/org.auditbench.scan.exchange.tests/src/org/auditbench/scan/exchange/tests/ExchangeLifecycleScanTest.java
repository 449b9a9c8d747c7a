package org.auditbench.scan.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.exchange.BuildTables;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.exchange.ExchangeStandIn.Mode;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Support and update level, OWA exposure and the build-only CVE verdicts in a real scan: NSD serving one
 * domain per stand-in (Exchange 2016 and 2019, SE at the newest and an older update, SE showing its build
 * only in AutoDiscover or only as three parts, a web server that is no Exchange), judged on fixed days.
 */
public class ExchangeLifecycleScanTest {

    private static final List<AutoCloseable> PEERS = new ArrayList<>();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static Nsd nsd;
    private static Map<String, DomainScan> scans;

    @BeforeClass
    public static void scan() throws Exception {
        Map<String, ExchangeStandIn.Builder> servers = Map.of(
                "old2019.test", ExchangeStandIn.patched2019().build("15.2.1748.43"),
                "old2016.test", ExchangeStandIn.unpatched2016(),
                "current.test", ExchangeStandIn.exchangeSe("15.2.2562.57"),
                "behind.test", ExchangeStandIn.exchangeSe("15.2.2562.46"),
                "autodiscover.test", ExchangeStandIn.exchangeSe("15.2.2562.57").owaVersionHeader(false).exportTool(false),
                "threeparts.test", ExchangeStandIn.exchangeSe("15.2.2562.57").owaVersionHeader(false).exportTool(false)
                        .autodiscoverVersionHeader(false),
                "website.test", ExchangeStandIn.of(Mode.NOT_EXCHANGE));
        List<Zone> zones = new ArrayList<>();
        for (Map.Entry<String, ExchangeStandIn.Builder> e : servers.entrySet()) {
            ExchangeStandIn server = peer(e.getValue().start());
            zones.add(new Zone(e.getKey()).add("@ MX 10 mail").add("mail A " + server.address().getHostAddress()));
        }
        Path dir = Files.createTempDirectory("exchange-lifecycle-nsd");
        nsd = peer(Nsd.start(dir, ExchangeStandIn.randomAddress().getHostAddress(), zones));
        scans = scan(DAY, servers.keySet().stream().sorted().toList());
    }

    private static Map<String, DomainScan> scan(LocalDate day, List<String> domains) throws Exception {
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withPorts(List.of(443)).withAsnZone("asn.invalid").withJudgedOn(day);
        return ScanEngine.fromExtensions(settings).run(domains.stream().map(ScanRequest::of).toList(), null, new NullProgressMonitor())
                .getDomainScans().stream().collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
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

    private static Observation observation(Map<String, DomainScan> in, String domain, String checkId) {
        DomainScan scan = in.get(domain);
        return scan.getObservations().stream().filter(o -> o.getCheckId().equals(checkId)).findFirst()
                .orElseThrow(() -> new AssertionError(checkId + " missing for " + domain + ": " + scan.getObservations().stream()
                        .map(o -> o.getCheckId() + "=" + o.getStatus()).toList()));
    }

    private static Observation assertStatus(String domain, String checkId, CheckStatus expected) {
        return assertStatus(scans, domain, checkId, expected);
    }

    private static Observation assertStatus(Map<String, DomainScan> in, String domain, String checkId, CheckStatus expected) {
        Observation o = observation(in, domain, checkId);
        assertEquals(domain + " " + checkId + ": " + o.getSummary() + "\n" + o.getEvidence(), expected, o.getStatus());
        return o;
    }

    @Test
    public void exchange2016And2019AreOutOfSupportAndTheEsuDoesNotCount() {
        Observation o = assertStatus("old2019.test", "exchange.lifecycle", CheckStatus.OUT_OF_SUPPORT);
        assertTrue(o.getSummary(), o.getSummary().contains("Exchange 2019") && o.getSummary().contains("2025-10-14"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("Extended Security Updates (ESU)")
                && o.getEvidence().contains("ended in October 2026") && o.getEvidence().contains("judged on 2026-12-01"));
        // the build comes from the export tool manifest here
        o = assertStatus("old2016.test", "exchange.lifecycle", CheckStatus.OUT_OF_SUPPORT);
        assertTrue(o.getSummary(), o.getSummary().contains("Exchange 2016") && o.getSummary().contains("15.1.2176.2"));
        // kept apart: the CVE verdicts still say VULNERABLE
        assertStatus("old2016.test", "CVE-2021-26855", CheckStatus.VULNERABLE);
    }

    @Test
    public void exchangeSeAtTheNewestUpdateIsOkAndBehindItIsAWarningNamingTheUpdate() {
        Observation ok = assertStatus("current.test", "exchange.lifecycle", CheckStatus.OK);
        assertTrue(ok.getSummary(), ok.getSummary().contains("15.2.2562.57"));
        Observation behind = assertStatus("behind.test", "exchange.lifecycle", CheckStatus.WARNING);
        assertTrue(behind.getSummary(), behind.getSummary().contains("15.2.2562.57 = Exchange SE RTM Nov26SU (2026-11)"));
    }

    @Test
    public void theBuildIsFoundInAutoDiscoverWhenOwaHidesIt() {
        Observation o = assertStatus("autodiscover.test", "exchange.lifecycle", CheckStatus.OK);
        Observation https = observation(scans, "autodiscover.test", "exchange.https");
        assertTrue(https.getSummary(), https.getSummary().contains("15.2.2562.57")
                && https.getSummary().contains("/AutoDiscover/AutoDiscover.xml"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("GET /AutoDiscover/AutoDiscover.xml -> 401"));
    }

    @Test
    public void onlyTheCumulativeUpdateLeavesTheUpdateLevelUndetermined() {
        Observation o = assertStatus("threeparts.test", "exchange.lifecycle", CheckStatus.UNDETERMINED);
        assertTrue(o.getSummary(), o.getSummary().contains("15.2.2562 ") && o.getSummary().contains("update level undetermined"));
    }

    @Test
    public void noOwnExchangeIsNotApplicable() {
        assertStatus("website.test", "exchange.lifecycle", CheckStatus.NOT_APPLICABLE);
        assertStatus("website.test", "exchange.owa", CheckStatus.NOT_APPLICABLE);
        assertStatus("website.test", "CVE-2024-21410", CheckStatus.NOT_APPLICABLE);
        assertStatus("website.test", "CVE-2025-53786", CheckStatus.NOT_APPLICABLE);
    }

    @Test
    public void theDayJudgedOnMakesTheReportReproducible() throws Exception {
        Map<String, DomainScan> august = scan(LocalDate.of(2026, 8, 20), List.of("behind.test", "old2019.test"));
        // on 2026-08-20 the August update was the newest, and 2019 was out of support already
        assertStatus(august, "behind.test", "exchange.lifecycle", CheckStatus.OK);
        assertStatus(august, "old2019.test", "exchange.lifecycle", CheckStatus.OUT_OF_SUPPORT);
        Map<String, DomainScan> before = scan(LocalDate.of(2025, 10, 14), List.of("old2019.test"));
        assertStatus(before, "old2019.test", "exchange.lifecycle", CheckStatus.OK);
    }

    @Test
    public void anImportedNewerTableIsUsedByTheScan() throws Exception {
        Path shipped = Files.createTempFile("shipped", ".tsv");
        Path newer = Files.createTempFile("exchange-builds", ".tsv");
        try (var in = org.auditbench.scan.exchange.BuildTable.class.getResourceAsStream("/data/exchange-builds.tsv")) {
            Files.copy(in, shipped, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(newer, Files.readString(shipped).replace("# State: 2026-12-01", "# State: 2026-12-15")
                + "15.2.2562.60\tExchange SE\tRTM\tDec26SU\t2026-12-08\tExchange Server SE RTM Dec26SU\t\ttest row\n");
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withPorts(List.of(443)).withAsnZone("asn.invalid")
                .withJudgedOn(LocalDate.of(2026, 12, 20)).withOption(BuildTables.OPTION, newer.toString());
        Map<String, DomainScan> later = ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of("current.test")), null,
                new NullProgressMonitor()).getDomainScans().stream()
                .collect(Collectors.toMap(DomainScan::getDomainName, Function.identity()));
        Observation o = assertStatus(later, "current.test", "exchange.lifecycle", CheckStatus.WARNING);
        assertTrue(o.getSummary(), o.getSummary().contains("15.2.2562.60 = Exchange SE RTM Dec26SU (2026-12-08)"));
        assertTrue(o.getEvidence(), o.getEvidence().contains("state 2026-12-15"));
        Files.delete(shipped);
        Files.delete(newer);
    }

    @Test
    public void aTableOlderThan90DaysOnTheDayJudgedSaysSo() throws Exception {
        Map<String, DomainScan> next = scan(LocalDate.of(2027, 3, 15), List.of("current.test"));
        Observation o = assertStatus(next, "current.test", "exchange.lifecycle", CheckStatus.OK);
        assertTrue(o.getSummary(), o.getSummary().contains("the build table of 2026-12-01 is older than 90 days"));
        assertTrue(observation(scans, "current.test", "exchange.lifecycle").getSummary().indexOf("older than") < 0);
    }

    @Test
    public void owaAndEcpReachableFromTheInternetAreAFindingWithTheUrl() {
        Observation o = assertStatus("old2016.test", "exchange.owa", CheckStatus.WARNING);
        assertTrue(o.getSummary(), o.getSummary().contains("https://mail.old2016.test/owa/")
                && o.getSummary().contains("https://mail.old2016.test/ecp/") && o.getSummary().contains("BSI"));
        o = assertStatus("current.test", "exchange.owa", CheckStatus.WARNING);
        assertTrue(o.getSummary(), o.getSummary().contains("https://mail.current.test/owa/"));
    }

    @Test
    public void ntlmRelayIsJudgedByTheBuildAloneAndSaysSo() {
        Observation fixed = assertStatus("old2019.test", "CVE-2024-21410", CheckStatus.NOT_VULNERABLE);
        assertTrue(fixed.getSummary(), fixed.getSummary().contains("by the build alone"));
        assertTrue(fixed.getEvidence(), fixed.getEvidence().contains("verdict by the build alone, no probe sent")
                && fixed.getEvidence().contains("Extended Protection"));
        Observation open = assertStatus("old2016.test", "CVE-2024-21410", CheckStatus.VULNERABLE);
        assertTrue(open.getSummary(), open.getSummary().contains("by the build alone"));
    }

    @Test
    public void hybridFlagsOnlyBuildsOlderThanTheAprilHotfix() {
        Observation old = assertStatus("old2016.test", "CVE-2025-53786", CheckStatus.VULNERABLE);
        assertTrue(old.getEvidence(), old.getEvidence().contains("verdict by the build alone"));
        Observation hotfixed = assertStatus("old2019.test", "CVE-2025-53786", CheckStatus.UNDETERMINED);
        assertTrue(hotfixed.getSummary(), hotfixed.getSummary().contains("configuration step"));
    }
}
