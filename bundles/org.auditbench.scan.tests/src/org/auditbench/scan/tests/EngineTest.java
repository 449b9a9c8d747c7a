package org.auditbench.scan.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Fact;
import org.auditbench.scan.Facts;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.ScanTarget;
import org.auditbench.scan.TargetKind;
import org.auditbench.scan.dns.DnsResolverFactory;
import org.auditbench.testing.peers.BlockedPort;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The engine with the real DNS and network checks plus checks written here, against an NSD and SMTP
 * peers on 127.0.13.x: ordering by facts, scope guard, limits, cancellation, progress, what a run
 * records.
 */
public class EngineTest {

    private static final int BLOCKED_PORT = 2003;
    private static final Fact<String> GREETING_WORD = Fact.of("test.greetingWord", String.class);
    private static PeerGroup peers;
    private static Nsd nsd;

    @BeforeClass
    public static void startPeers() throws Exception {
        peers = PeerGroup.inTempFolder("engine");
        Zone zone = new Zone("amt.test").add("@ MX 10 mx").add("mx A 127.0.13.1").add("langsam A 127.0.13.2")
                .add("fremd MX 10 mx.fremd.invalid.");
        for (int i = 0; i < 12; i++) {
            zone.add("still" + i + " MX 10 langsam");
        }
        // a mail server at the cloud metadata address: never contacted, not even with private addresses allowed
        zone.add("metadaten MX 10 mx.metadaten").add("mx.metadaten A 169.254.169.254");
        // a mail server with one port that drops connection attempts, like a firewall
        zone.add("sperre MX 10 mx.sperre").add("mx.sperre A 127.0.13.3");
        nsd = peers.add(Nsd.start(peers.folder(), "127.0.13.53", List.of(zone)));
        peers.add(SmtpPeer.start("127.0.13.3", 25, SmtpBehaviour.exim("mx.sperre.amt.test"), null));
        peers.add(BlockedPort.open("127.0.13.3", BLOCKED_PORT));
        peers.add(SmtpPeer.start("127.0.13.1", 25, SmtpBehaviour.exim("mx.amt.test"), null));
        peers.add(SmtpPeer.start("127.0.13.2", 25, SmtpBehaviour.silent(), null));
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    private static ScanSettings settings() {
        return ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAsnZone("asn.invalid").withAllowPrivate(true)
                .withTimeout(Duration.ofMillis(1500));
    }

    private static List<CheckDescriptor> realChecks() throws CoreException {
        return ScanEngine.contributedChecks();
    }

    private static ScanRun run(ScanSettings settings, List<CheckDescriptor> checks, String... domains) {
        return new ScanEngine(settings, checks, new DnsResolverFactory().create(settings))
                .run(List.of(domains).stream().map(ScanRequest::of).toList(), null, new NullProgressMonitor());
    }

    private static CheckDescriptor check(String id, TargetKind target, Set<String> needs, Set<String> produces, Check check) {
        return new CheckDescriptor(id, id, "", target, needs, produces, true, check);
    }

    @Test
    public void checksRunAfterTheProducersOfWhatTheyNeedAndMissingFactsAreUndetermined() throws Exception {
        List<CheckDescriptor> checks = new ArrayList<>(realChecks());
        // declared before its producer: the plan must still run it after smtp.session
        checks.add(0, check("test.word", TargetKind.ADDRESS, Set.of(Facts.SMTP.name()), Set.of(GREETING_WORD.name()), context -> {
            String word = context.need(Facts.SMTP).banner().split(" ")[2];
            context.put(GREETING_WORD, word);
            return CheckResult.of(CheckStatus.INFO, word);
        }));
        checks.add(check("test.never", TargetKind.ADDRESS, Set.of("test.nobodyMakesThis"), Set.of(), context -> {
            throw new AssertionError("must not run");
        }));
        DomainScan scan = run(settings(), checks, "amt.test").getDomainScans().get(0);
        assertEquals("ESMTP", Observations.one(scan, "test.word", "mx.amt.test 127.0.13.1").getSummary());
        var never = Observations.one(scan, "test.never", "mx.amt.test 127.0.13.1");
        assertEquals(CheckStatus.UNDETERMINED, never.getStatus());
        assertThat(never.getSummary(), containsString("test.nobodyMakesThis"));
    }

    @Test
    public void aCycleOfFactsIsRefusedWhenTheEngineIsMade() {
        List<CheckDescriptor> cycle = List.of(
                check("a", TargetKind.DOMAIN, Set.of("x"), Set.of("y"), c -> null),
                check("b", TargetKind.DOMAIN, Set.of("y"), Set.of("x"), c -> null));
        var e = assertThrows(IllegalArgumentException.class, () -> new ScanEngine(settings(), cycle, host -> List.of()));
        assertThat(e.getMessage(), containsString("depend on itself"));
    }

    @Test
    public void loopbackAddressesAreRefusedUnlessAllowed() throws Exception {
        DomainScan scan = run(settings().withAllowPrivate(false), realChecks(), "amt.test").getDomainScans().get(0);
        var ports = Observations.one(scan, "net.ports", "mx.amt.test 127.0.13.1");
        assertEquals(CheckStatus.ERROR, ports.getStatus());
        assertThat(ports.getSummary(), containsString("refused by the scope guard: 127.0.13.1 is a loopback address"));
        assertEquals(CheckStatus.UNDETERMINED, Observations.one(scan, "smtp.session", "mx.amt.test 127.0.13.1").getStatus());
    }

    @Test
    public void theCloudMetadataAddressIsNeverContactedEvenWithPrivateAddressesAllowed() throws Exception {
        DomainScan scan = run(settings(), realChecks(), "metadaten.amt.test").getDomainScans().get(0);
        var ports = Observations.one(scan, "net.ports", "mx.metadaten.amt.test 169.254.169.254");
        assertEquals(CheckStatus.ERROR, ports.getStatus());
        assertThat(ports.getSummary(), containsString("refused by the scope guard: 169.254.169.254 is a link-local (cloud metadata) address;"
                + " such addresses are never scanned, not even when private addresses are allowed"));
        assertEquals(CheckStatus.UNDETERMINED, Observations.one(scan, "smtp.session", "mx.metadaten.amt.test 169.254.169.254").getStatus());
    }

    @Test
    public void checksCannotReachNamesOrAddressesNotDerivedFromTheDomain() throws Exception {
        List<CheckDescriptor> checks = List.of(realChecks().stream().filter(c -> c.id().equals("dns.mx")).findFirst().orElseThrow(),
                check("test.escape", TargetKind.DOMAIN, Set.of(), Set.of(), context -> {
                    try {
                        context.network().resolve("mx.fremd.invalid");
                        return CheckResult.of(CheckStatus.ERROR, "resolved a foreign name");
                    } catch (org.auditbench.scan.ScopeException e) {
                        // also a direct connection to an address nobody resolved for this domain
                        try (var c = context.network().connect(InetAddress.getByName("127.0.13.2"), 25)) {
                            return CheckResult.of(CheckStatus.ERROR, "connected to a foreign address");
                        } catch (org.auditbench.scan.ScopeException again) {
                            return CheckResult.of(CheckStatus.OK, e.getMessage() + " / " + again.getMessage());
                        }
                    }
                }));
        DomainScan scan = run(settings(), checks, "amt.test").getDomainScans().get(0);
        var escape = Observations.one(scan, "test.escape", "amt.test");
        assertEquals(CheckStatus.OK, escape.getStatus());
        assertThat(escape.getSummary(), containsString("127.0.13.2 was not derived from amt.test"));
    }

    @Test
    public void theRateLimitPerNetworkSpacesConnections() throws Exception {
        List<Integer> twenty = IntStream.rangeClosed(2001, 2020).boxed().toList();
        List<CheckDescriptor> checks = realChecks().stream().filter(c -> Set.of("dns.mx", "net.ports").contains(c.id())).toList();
        long free = time(() -> run(settings().withPorts(twenty).withRateLimit(0), checks, "amt.test"));
        long limited = time(() -> run(settings().withPorts(twenty).withRateLimit(10), checks, "amt.test"));
        // 10 per second with one second of burst: the last 10 of 20 starts wait ~1 s
        assertThat(limited, greaterThanOrEqualTo(900L));
        assertThat(free, lessThan(limited - 500));
    }

    @Test
    public void connectionsToOneHostWaitForTheirShareOfThePerHostLimit() throws Exception {
        List<CheckDescriptor> checks = new ArrayList<>(realChecks().stream().filter(c -> c.id().equals("dns.mx")).toList());
        // six connections held for 300 ms each: with two per host at a time they need three rounds
        checks.add(check("test.sixConnections", TargetKind.ADDRESS, Set.of(), Set.of(), context -> {
            List<Thread> holders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                holders.add(Thread.ofVirtual().start(() -> {
                    try (var connection = context.network().connect(context.target().address(), 25)) {
                        Thread.sleep(300);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (Thread holder : holders) {
                holder.join();
            }
            return CheckResult.of(CheckStatus.INFO, "held");
        }));
        long twoPerHost = time(() -> run(settings().withConcurrency(64, 2), checks, "amt.test"));
        long sixPerHost = time(() -> run(settings().withConcurrency(64, 6), checks, "amt.test"));
        assertThat(twoPerHost, greaterThanOrEqualTo(900L));
        assertThat(sixPerHost, lessThan(twoPerHost - 400));
    }

    @Test(timeout = 60_000)
    public void aPortScanWithFewerSlotsThanPortsFindsEveryStateAndGivesEverySlotBack() throws Exception {
        List<Integer> ports = List.of(25, 2001, 2002, BLOCKED_PORT, 2004);
        List<CheckDescriptor> checks = realChecks().stream().filter(c -> Set.of("dns.mx", "net.ports").contains(c.id())).toList();
        String expected = "{25=OPEN, 2001=CLOSED, 2002=CLOSED, 2003=FILTERED, 2004=CLOSED}";
        // one connection at a time in the whole run: a slot not given back would stop the second domain
        ScanRun oneAtATime = run(settings().withPorts(ports).withConcurrency(1, 1), checks, "sperre.amt.test", "amt.test");
        assertEquals(ScanRunStatus.COMPLETED, oneAtATime.getStatus());
        assertEquals(expected, portStates(oneAtATime.getDomainScans().get(0)));
        assertEquals("{25=OPEN, 2001=CLOSED, 2002=CLOSED, 2003=CLOSED, 2004=CLOSED}", portStates(oneAtATime.getDomainScans().get(1)));
        // two per host: the blocked port holds one slot for the whole timeout, the other ports share the second
        ScanRun twoPerHost = run(settings().withPorts(ports).withConcurrency(64, 2), checks, "sperre.amt.test");
        assertEquals(expected, portStates(twoPerHost.getDomainScans().get(0)));
        var evidence = Observations.one(twoPerHost.getDomainScans().get(0), "net.ports", "mx.sperre.amt.test 127.0.13.3").getEvidence();
        assertThat(evidence, containsString("2003/tcp filtered (no answer within 1500 ms)"));
        assertThat(evidence, containsString("2001/tcp closed (refused in "));
    }

    @Test
    public void cancellingStopsAPortScanWaitingForABlockedPort() throws Exception {
        List<CheckDescriptor> checks = realChecks().stream().filter(c -> Set.of("dns.mx", "net.ports").contains(c.id())).toList();
        AtomicInteger polls = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return polls.incrementAndGet() > 6;
            }
        };
        ScanSettings settings = settings().withPorts(List.of(BLOCKED_PORT)).withTimeout(Duration.ofSeconds(20));
        long start = System.nanoTime();
        ScanRun run = new ScanEngine(settings, checks, new DnsResolverFactory().create(settings))
                .run(List.of(ScanRequest.of("sperre.amt.test")), null, monitor);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ScanRunStatus.CANCELLED, run.getStatus());
        assertThat(millis, lessThan(5000L));
    }

    private static String portStates(DomainScan scan) {
        return new java.util.TreeMap<>(scan.getMailServers().get(0).getAddresses().get(0).getPorts().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.getPort(), p -> p.getState().getName()))).toString();
    }

    @Test
    public void cancellingLeavesARunWithoutAnyDomainScan() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return polls.incrementAndGet() > 3;
            }
        };
        String[] domains = IntStream.range(0, 12).mapToObj(i -> "still" + i + ".amt.test").toArray(String[]::new);
        long start = System.nanoTime();
        ScanRun run = new ScanEngine(settings().withTimeout(Duration.ofSeconds(5)), realChecks(),
                new DnsResolverFactory().create(settings())).run(List.of(domains).stream().map(ScanRequest::of).toList(), null, monitor);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ScanRunStatus.CANCELLED, run.getStatus());
        assertThat(run.getDomainScans(), empty());
        assertNotNull(run.getFinishedAt());
        // the silent peer would hold each domain for 5 s; cancelling interrupts at once
        assertThat(millis, lessThan(3000L));
    }

    @Test
    public void aRunRecordsItsSettingsVersionTimesAndDomainsInRequestOrder() throws Exception {
        List<String> progress = new ArrayList<>();
        ScanSettings settings = settings().withPorts(List.of(25, 443));
        ScanRun run = ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of("amt.test"), ScanRequest.of("not a domain"),
                ScanRequest.of("fremd.amt.test")), null, new NullProgressMonitor() {
                    @Override
                    public void subTask(String name) {
                        progress.add(name);
                    }
                });
        assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
        assertEquals(List.of("amt.test", "not a domain", "fremd.amt.test"), run.getDomainScans().stream().map(DomainScan::getDomainName).toList());
        assertThat(run.getSettings(), containsString("\"ports\":[25,443]"));
        assertThat(run.getSettings(), containsString("\"dnsServers\":[\"127.0.13.53#"));
        assertThat(run.getToolVersion(), containsString("Auditbench scan 0.1.0"));
        assertTrue(!run.getFinishedAt().before(run.getStartedAt()));
        var invalid = Observations.one(run.getDomainScans().get(1), "scan.domainName", "not a domain");
        assertEquals(CheckStatus.ERROR, invalid.getStatus());
        // a dangling MX outside the domain is reported, nothing is contacted there
        assertThat(run.getDomainScans().get(2).getMailServers().get(0).getAddresses(), empty());
        assertThat(progress.get(progress.size() - 1), containsString("3 of 3 domains done"));
    }

    @Test
    public void evidenceIsBoundedAndAFailingCheckIsAnErrorWhileTheOthersGoOn() throws Exception {
        List<CheckDescriptor> checks = new ArrayList<>(realChecks());
        checks.add(check("test.flood", TargetKind.DOMAIN, Set.of(), Set.of(), c -> new CheckResult(CheckStatus.INFO, "flood", "x".repeat(1_000_000))));
        checks.add(check("test.broken", TargetKind.DOMAIN, Set.of(), Set.of(), c -> {
            throw new IllegalStateException("bug in a check");
        }));
        DomainScan scan = run(settings(), checks, "amt.test").getDomainScans().get(0);
        assertThat(Observations.one(scan, "test.flood", "amt.test").getEvidence().length(), lessThan(20_000));
        var broken = Observations.one(scan, "test.broken", "amt.test");
        assertEquals(CheckStatus.ERROR, broken.getStatus());
        assertThat(broken.getSummary(), containsString("bug in a check"));
        assertEquals(CheckStatus.INFO, Observations.one(scan, "smtp.classification", "mx.amt.test 127.0.13.1").getStatus());
    }

    @Test
    public void ipv6AddressesAreWrittenInTheirShortForm() throws Exception {
        assertEquals("::1", ScanTarget.ipText(InetAddress.getByName("0:0:0:0:0:0:0:1")));
        assertEquals("2001:db8::5:0:0:7", ScanTarget.ipText(InetAddress.getByName("2001:db8:0:0:5:0:0:7")));
        assertEquals("2001:db8:0:1:1:1:1:1", ScanTarget.ipText(InetAddress.getByName("2001:db8:0:1:1:1:1:1")));
        assertEquals("127.0.13.1", ScanTarget.ipText(InetAddress.getByName("127.0.13.1")));
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
