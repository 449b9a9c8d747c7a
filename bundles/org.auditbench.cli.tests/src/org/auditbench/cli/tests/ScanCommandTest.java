package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.scan.ScanCommand;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.AuditStore;
import org.auditbench.store.tests.ModelSamples;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench scan} end to end: arguments, JSON lines, the run in a real Derby store, campaigns,
 * and bad input that stores nothing. Peers on 127.0.14.x.
 */
public class ScanCommandTest {

    private static PeerGroup peers;
    private static Nsd nsd;
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeClass
    public static void startPeers() throws Exception {
        peers = PeerGroup.inTempFolder("scan-command");
        nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.14.53", List.of(
                new Zone("rathaus.test").add("@ MX 10 mail").add("mail A 127.0.14.1"),
                new Zone("schule.test").add("@ MX 0 schule-test.mail.protection.outlook.com."),
                new Zone("mail.protection.outlook.com").add("schule-test A 127.0.14.2"),
                new Zone("asn.test").asnOrigin("127.0.14.1", "64500", "127.0.14.0/24", "DE")
                        .asnName(64500, "DE", "STADTNETZ", "Stadtnetz GmbH"))));
        TlsMaterial tls = TlsMaterial.create(peers.folder().resolve("tls"), "mail.rathaus.test");
        peers.add(SmtpPeer.start("127.0.14.1", 25, SmtpBehaviour.exchangeOnPrem("mail.rathaus.test"), tls));
        peers.add(SmtpPeer.start("127.0.14.2", 25, SmtpBehaviour.microsoft365("schule-test.mail.protection.outlook.com"), null));
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

    private int scan(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--dns", "127.0.14.53:" + nsd.address().getPort(), "--asn-zone", "asn.test",
                "--allow-private", "--ports", "25,443", "--timeout", "1500"));
        all.addAll(List.of(args));
        CliContext context = new CliContext(data, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ScanCommand().run(all, context);
    }

    /** The JSON lines, in finishing order (each is written when its domain is done). */
    private List<String> jsonLines() {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).toList();
    }

    private String jsonLineOf(String domain) {
        return jsonLines().stream().filter(l -> l.startsWith("{\"domain\":\"" + domain + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON line for " + domain + " in " + jsonLines()));
    }

    @Test
    public void domainsAreScannedWrittenAsJsonLinesAndStoredAsOneRun() throws Exception {
        Institution rathaus = ModelSamples.institution("Stadtverwaltung", "rathaus.test");
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(rathaus);
        }
        assertEquals(ExitCode.OK, scan("--domain", "rathaus.test", "--domain", "schule.test", "--json", "-"));
        List<String> lines = jsonLines();
        assertEquals(2, lines.size());
        String line = jsonLineOf("rathaus.test");
        assertThat(line, containsString("{\"domain\":\"rathaus.test\",\"checkedAt\":\"20"));
        assertThat(line, containsString("\"host\":\"mail.rathaus.test\",\"preference\":10,\"implicit\":false,\"ip\":\"127.0.14.1\""));
        assertThat(line, containsString("\"provider\":{\"asn\":64500,\"name\":\"Stadtnetz GmbH\",\"country\":\"DE\"}"));
        assertThat(line, containsString("\"ports\":{\"open\":[25],\"closed\":[443],\"blocked\":[]}"));
        assertThat(line, containsString("\"classification\":\"EXCHANGE_ONPREM\",\"starttls\":true"));
        assertThat(line, containsString("\"smtp.starttls\":{\"status\":\"WARNING\",\"summary\":\"STARTTLS works, but: certificate not issued"));
        assertThat(line, containsString("\"errors\":[]"));
        assertThat(jsonLineOf("schule.test"), containsString("\"classification\":\"MICROSOFT_365\""));
        try (AuditStore store = AuditStore.open(data)) {
            List<ScanRun> runs = store.scanRuns().list();
            assertEquals(1, runs.size());
            ScanRun run = store.scanRuns().load(runs.get(0).getId()).orElseThrow();
            assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
            assertEquals(2, run.getDomainScans().size());
            assertEquals("Stadtverwaltung", run.getDomainScans().get(0).getInstitution().getName());
            assertThat(run.getSettings(), containsString("\"ports\":[25,443]"));
        }
    }

    @Test
    public void aCampaignScansTheDomainsOfItsInstitutions() throws Exception {
        Institution rathaus = ModelSamples.institution("Stadtverwaltung", "rathaus.test");
        Campaign campaign = AuditFactory.eINSTANCE.createCampaign();
        campaign.setTitle("ProxyLogon 2021");
        AuditCase auditCase = AuditFactory.eINSTANCE.createAuditCase();
        auditCase.setInstitution(rathaus);
        campaign.getCases().add(auditCase);
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(rathaus);
            store.campaigns().save(campaign);
        }
        Path json = data.resolve("out.jsonl");
        assertEquals(ExitCode.OK, scan("--campaign", String.valueOf(campaign.getId()), "--json", json.toString()));
        assertEquals(1, Files.readAllLines(json).size());
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("EXCHANGE_ONPREM"));
        try (AuditStore store = AuditStore.open(data)) {
            ScanRun run = store.scanRuns().list().get(0);
            assertEquals(campaign.getId(), run.getCampaign().getId());
            assertEquals("the case counts as scanned", CaseState.SCANNED,
                    store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0).getState());
        }
        UsageException unknown = assertThrows(UsageException.class, () -> scan("--campaign", "999"));
        assertThat(unknown.getMessage(), containsString("there is no campaign 999"));
    }

    @Test
    public void badInputSaysWhereAndStoresNothing() throws Exception {
        Path file = data.resolve("domains.txt");
        Files.writeString(file, "# institutions\nrathaus.test\n\nnot a domain\n");
        UsageException e = assertThrows(UsageException.class, () -> scan("--domains-file", file.toString()));
        assertThat(e.getMessage(), containsString(file + ":4"));
        assertThat(assertThrows(UsageException.class, () -> scan("--domain", "a.test", "--ports", "25,70000")).getMessage(),
                containsString("--ports"));
        assertThat(assertThrows(UsageException.class, () -> scan("--dns", "127.0.0.1:x", "--domain", "a.test")).getMessage(),
                containsString("--dns '127.0.0.1:x'"));
        assertThat(assertThrows(UsageException.class, () -> scan()).getMessage(), containsString("exactly one of"));
        assertThat(assertThrows(UsageException.class, () -> scan("--domain", "a.test", "--max-mail-hosts", "0")).getMessage(),
                containsString("--max-mail-hosts must be between 1 and 1000, not 0"));
        assertThat(assertThrows(UsageException.class, () -> scan("--domain", "a.test", "--dns-queries", "x")).getMessage(),
                containsString("--dns-queries needs a whole number"));
        try (AuditStore store = AuditStore.open(data)) {
            assertTrue(store.scanRuns().list().isEmpty());
        }
    }

    @Test
    public void aDomainsFileIsReadWithCommentsAndInternationalNames() throws Exception {
        Path file = data.resolve("domains.txt");
        Files.writeString(file, "# one per line\nrathaus.test\n\nSCHULE.test.\n");
        assertEquals(ExitCode.OK, scan("--domains-file", file.toString(), "--json", "-"));
        assertEquals(2, jsonLines().size());
        assertThat(jsonLineOf("schule.test"), containsString("\"mxKind\":\"MX\""));
    }
}
