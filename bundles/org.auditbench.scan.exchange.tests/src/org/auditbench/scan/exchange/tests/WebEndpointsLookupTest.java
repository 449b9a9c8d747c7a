package org.auditbench.scan.exchange.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.Observation;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.peers.DnsProxy;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Test;

/**
 * {@code exchange.webEndpoints} looks up autodiscover., mail. and owa. side by side: behind a DNS server
 * that takes a second per answer, the check waits about one second, not three (one after the other it was
 * the slowest check of the benchmark). The summary keeps the order of the names.
 */
public class WebEndpointsLookupTest {

    private static final Duration ANSWER_DELAY = Duration.ofSeconds(1);

    @Test
    public void theThreeNamesAreLookedUpSideBySide() throws Exception {
        try (PeerGroup peers = PeerGroup.inTempFolder("web-endpoints")) {
            String mx = ExchangeStandIn.randomAddress().getHostAddress();
            Nsd nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), ExchangeStandIn.randomAddress().getHostAddress(),
                    List.of(new Zone("langsam.test").add("@ MX 10 mx").add("mx A " + mx))));
            DnsProxy slow = peers.add(DnsProxy.start(ExchangeStandIn.randomAddress().getHostAddress(), nsd.address(), ANSWER_DELAY,
                    q -> false));
            ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(slow.address())).withAllowPrivate(true)
                    .withTimeout(Duration.ofSeconds(3)).withPorts(List.of(443)).withAsnZone("asn.invalid")
                    .withChecks(Set.of(), Set.of("dns.provider"));
            var scan = ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of("langsam.test")), null, new NullProgressMonitor())
                    .getDomainScans().get(0);
            Observation web = scan.getObservations().stream().filter(o -> o.getCheckId().equals("exchange.webEndpoints")).findFirst()
                    .orElseThrow();
            assertEquals(web.getSummary(), CheckStatus.NOT_APPLICABLE, web.getStatus());
            assertThat(web.getSummary(), containsString("autodiscover/mail/owa.langsam.test"));
            assertThat("one DNS answer's wait, not three in a row", web.getDurationMillis(), lessThan(2 * ANSWER_DELAY.toMillis() + 500));
        }
    }
}
