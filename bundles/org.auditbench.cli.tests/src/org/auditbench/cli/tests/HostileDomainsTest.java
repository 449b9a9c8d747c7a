package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.internal.scan.ScanCommand;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Hostile domains scanned together with a normal one in one run, stored in a real Derby store: a greeting
 * of 4,500 characters with 150 long EHLO keywords, SPF and DMARC records of 4,800 characters (as many
 * strings), a provider name of 1,000 characters, an MX target of binary labels, 1,000 MX records. Every
 * text is cut where it is read, with the marker, and the whole run is stored. Peers on 127.0.17.x and
 * 127.0.18.x.
 */
public class HostileDomainsTest {

    private static PeerGroup peers;
    private static Nsd nsd;
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private Path data;

    @BeforeClass
    public static void startPeers() throws Exception {
        peers = PeerGroup.inTempFolder("hostile-domains");
        String binary = "\\200".repeat(63);
        Zone feind = new Zone("feind.test").add("@ MX 10 mx").add("mx A 127.0.17.1").add("@ MX 30 " + binary + "." + binary + "." + binary)
                .add("@ TXT " + strings(spf(4_800))).add("_dmarc TXT " + strings("v=DMARC1; p=reject; rua=" + "mailto:d@feind.test,".repeat(240)));
        Zone flut = new Zone("flut.test");
        for (int i = 0; i < 1_000; i++) {
            flut.add("@ MX " + i + " mx" + i).add("mx" + i + " A 127.0.18." + (i % 200 + 1));
        }
        Zone normal = new Zone("normal.test").add("@ MX 10 mail").add("mail A 127.0.17.2").add("@ TXT \"v=spf1 mx -all\"");
        Zone asn = new Zone("asn.test").asnOrigin("127.0.17.1", "64496", "127.0.17.0/24", "DE").add("AS64496 TXT "
                + strings("64496 | DE | ripencc | 2001-01-01 | FLOOD - " + "Flood Hosting ".repeat(72) + ", DE"));
        nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.17.53", List.of(feind, flut, normal, asn)));
        peers.add(SmtpPeer.start("127.0.17.1", 25, SmtpBehaviour.flooding("mx.feind.test", 4_500, 150), null));
        peers.add(SmtpPeer.start("127.0.17.2", 25, SmtpBehaviour.exim("mail.normal.test"), null));
    }

    /** "v=spf1 ip4:... -all" of about {@code length} characters. */
    private static String spf(int length) {
        StringBuilder s = new StringBuilder("v=spf1");
        for (int i = 0; s.length() < length - 5; i++) {
            s.append(" ip4:127.0.").append(i / 250).append('.').append(i % 250);
        }
        return s.append(" -all").toString();
    }

    /** A long TXT text as zone-file strings of at most 200 characters each. */
    private static String strings(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i += 200) {
            s.append('"').append(text, i, Math.min(text.length(), i + 200)).append("\" ");
        }
        return s.toString().strip();
    }

    @AfterClass
    public static void stopPeers() {
        if (peers != null) {
            peers.close();
        }
    }

    @Before
    public void newDataDirectory() {
        data = folder.getRoot().toPath();
    }

    @Test
    public void hostileDomainsAreStoredCutWithAMarkerTogetherWithTheNormalOne() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // a generous timeout: the point is what is stored of huge answers, and on a busy machine NSD needs more than 1.5 s for them
        List<String> args = new ArrayList<>(List.of("--dns", "127.0.17.53:" + nsd.address().getPort(), "--asn-zone", "asn.test",
                "--allow-private", "--ports", "25", "--timeout", "5000", "--domain", "feind.test", "--domain", "flut.test", "--domain",
                "normal.test"));
        CliContext context = new CliContext(data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(err.toString(StandardCharsets.UTF_8), ExitCode.OK, new ScanCommand().run(args, context));
        try (AuditStore store = AuditStore.open(data)) {
            List<ScanRun> runs = store.scanRuns().list();
            assertEquals(1, runs.size());
            ScanRun run = store.scanRuns().load(runs.get(0).getId()).orElseThrow();
            assertEquals(List.of("feind.test", "flut.test", "normal.test"), run.getDomainScans().stream().map(DomainScan::getDomainName).toList());
            for (DomainScan scan : run.getDomainScans()) {
                for (Observation o : scan.getObservations()) {
                    assertThat(o.getCheckId() + " " + o.getTarget(), o.getSummary().length(), lessThanOrEqualTo(4_000));
                }
            }

            DomainScan normal = run.getDomainScans().get(2);
            NetAddress exim = Observations.address(normal, "mail.normal.test", "127.0.17.2");
            assertEquals(MailServerKind.EXIM, exim.getServerKind());
            assertThat(exim.getSmtpBanner(), startsWith("220 mail.normal.test ESMTP Exim"));
            assertThat(Observations.one(normal, "dns.spf", "normal.test").getSummary(), containsString("v=spf1 mx -all"));

            DomainScan feind = run.getDomainScans().get(0);
            NetAddress flooding = Observations.address(feind, "mx.feind.test", "127.0.17.1");
            assertThat(flooding.getSmtpBanner(), startsWith("220-mx.feind.test ESMTP GGG"));
            assertThat(flooding.getSmtpBanner(), containsString("... [cut: 4,508 characters, kept "));
            assertThat(flooding.getSmtpBanner().length(), lessThanOrEqualTo(4_000));
            assertThat(Observations.one(feind, "smtp.session", "mx.feind.test 127.0.17.1").getSummary(), containsString(" and 130 more"));
            // an MX target of bytes no host name has (text of 770 characters) is reported, not stored as a host
            assertEquals(List.of("mx.feind.test"), feind.getMailServers().stream().map(m -> m.getHost()).toList());
            assertThat(Observations.one(feind, "dns.mx", "feind.test").getSummary(), containsString("MX target \\200\\200"));
            assertThat(Observations.one(feind, "dns.mx", "feind.test").getSummary(), containsString(" is not a host name"));
            String spf = Observations.one(feind, "dns.spf", "feind.test").getSummary();
            assertThat(spf, startsWith("SPF: v=spf1 ip4:127.0.0.0 ip4:127.0.0.1 "));
            assertThat(spf, containsString("... [cut: "));
            assertThat(Observations.one(feind, "dns.dmarc", "feind.test").getSummary(), containsString("... [cut: "));
            String provider = flooding.getProvider().getOrganisation();
            assertThat(provider, startsWith("Flood Hosting Flood Hosting"));
            assertThat(provider, containsString("... [cut: "));

            DomainScan flut = run.getDomainScans().get(1);
            String mx = Observations.one(flut, "dns.mx", "flut.test").getSummary();
            assertEquals(mx, 20, flut.getMailServers().size());
            assertEquals("mx19.flut.test", flut.getMailServers().get(19).getHost());
            assertThat(mx, startsWith("20 MX: 0 mx0.flut.test, 1 mx1.flut.test, "));
            assertThat(mx, containsString("1,000 MX records, checked the first 20 by preference"));
        }
    }
}
