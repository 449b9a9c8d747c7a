package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The workflow commands end to end on a fresh database, run as the application runs them (found through
 * the extension point): a campaign from template to assessment, and clear errors with exit code 1.
 */
public class CampaignCommandsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path data;
    private String out;
    private String err;
    private long parish;
    private long hospital;

    @Before
    public void registerInstitutions() throws Exception {
        data = folder.getRoot().toPath().resolve("data");
        try (AuditStore store = AuditStore.open(data)) {
            for (int i = 1; i <= 12; i++) {
                store.institutions().save(institution("Einrichtung " + i, i % 2 == 0 ? "Schule" : "Pfarrei", "e" + i + ".example"));
            }
            Institution p = institution("Pfarrei St. Marien", "Pfarrei", "st-marien.example");
            Institution h = institution("Marienhospital", "Krankenhaus", "marienhospital.example");
            store.institutions().saveAll(List.of(p, h));
            parish = p.getId();
            hospital = h.getId();
        }
        Files.writeString(folder.getRoot().toPath().resolve("known.txt"), "# reported in March\nst-marien.example\nMarienhospital\n");
    }

    @Test
    public void aCampaignFromTemplateToAssessment() throws Exception {
        assertOk("campaign", "create", "--template", "proxylogon-2021", "--title", "Hafnium 2021");
        assertTrue(out, out.startsWith("campaign 1 created from template proxylogon-2021: Hafnium 2021"));

        assertOk("campaign", "sample", "1", "--known-file", path("known.txt"), "--random", "3", "--seed", "42", "--stratify-by-kind");
        assertTrue(out, out.startsWith("campaign 1: 5 members"));
        assertTrue(out, out.contains("rule: known cases: 2 (list known.txt); random sample: size 3 of 12 further institutions, stratified by institution kind -> 3 drawn"));
        assertTrue(out, out.contains("seed 42"));
        String firstDraw = out.substring(out.indexOf("case "));

        assertOk("campaign", "create", "--template", "proxylogon-2021-gdpr", "--title", "Hafnium 2021 (DSGVO)");
        assertOk("campaign", "sample", "2", "--known-file", path("known.txt"), "--random", "3", "--seed", "42", "--stratify-by-kind");
        assertEquals("the same seed draws the same institutions", institutionsOf(firstDraw), institutionsOf(out.substring(out.indexOf("case "))));

        assertOk("campaign", "list");
        assertTrue(out, out.contains("proxylogon-2021-gdpr") && out.contains("Hafnium 2021 (DSGVO)") && out.contains("2 campaign(s)"));

        // scan results and letters come from the scan and report engines; here through the same core API
        generateLetters(2, parish);
        assertBadInput("(Pfarrei St. Marien): letters sent on 2021-04-26 are dated before the campaign was created on " + LocalDate.now(),
                "letters-sent", "2", "--date", "2021-04-26");
        datedBack(1);
        generateLetters(1, parish, hospital);

        assertOk("letters-sent", "1", "--date", "2021-04-26");
        assertTrue(out, out.contains("2 letter(s) sent on 2021-04-26, deadline 2021-05-31"));

        Path statement = folder.getRoot().toPath().resolve("statement.json");
        Files.writeString(statement, """
                {"received": "2021-05-20", "kind": "ANSWER",
                 "monitoring": "",
                 "measures": [
                   {"date": "2021-03-08", "kind": "PATCH_INSTALLED", "description": "KB5000871"},
                   {"date": "2021-03-05", "kind": "DETECTION_SCRIPT", "description": "Test-ProxyLogon: ohne Befund"}
                 ]}""");
        assertOk("statement", "add", "--campaign", "1", "--institution", String.valueOf(parish), "--file", statement.toString());
        assertTrue(out, out.contains("ANSWER, 2 measure(s), 0 attachment(s), 2 gap(s)"));
        assertTrue(out, out.contains("gap patch-without-detection") && out.contains("gap monitoring-missing"));

        assertOk("due", "--date", "2021-06-01", "--within", "0");
        assertTrue(out, out.contains("Marienhospital") && out.contains("OVERDUE by 1 day(s)") && out.contains("1 case(s) due as of 2021-06-01"));
        assertTrue(out, !out.contains("St. Marien"));

        assertOk("reminder-sent", "--campaign", "1", "--institution", String.valueOf(hospital), "--date", "2021-06-02",
                "--deadline", "2021-06-16");
        assertOk("due", "--date", "2021-06-10");
        assertTrue(out, out.contains("2021-06-16 due in 6 day(s)"));
        assertBadInput("cannot send a reminder: the case is at 'statement received'", "reminder-sent", "--campaign", "1",
                "--institution", String.valueOf(parish), "--date", "2021-06-02", "--deadline", "2021-06-16");

        String due = LocalDate.now().plusDays(30).toString();
        assertOk("assess", "--campaign", "1", "--institution", String.valueOf(parish), "--verdict", "follow_up_needed", "--reasons",
                "no detection run after the patch", "--follow-up", "run MSERT and send the log", "--due", due);
        assertOk("campaign", "show", "1");
        assertTrue(out, out.contains("selection:       known cases: 2"));
        assertTrue(out, out.contains("FOLLOW_UP_NEEDED - no detection run after the patch"));
        assertTrue(out, out.contains("follow-up due " + due + ": run MSERT and send the log"));
        assertTrue(out, out.contains("REMINDER_SENT       2021-06-16"));
    }

    @Test
    public void badInputIsRefusedWithWhatAndWhereAndStoresNothing() throws Exception {
        assertBadInput("unknown campaign template 'heartbleed' (known: proxylogon-2021, proxylogon-2021-gdpr, exchange-eol-2025)",
                "campaign", "create", "--template", "heartbleed");
        assertOk("campaign", "create", "--template", "proxylogon-2021");
        assertBadInput("give either --random N", "campaign", "sample", "1", "--random", "3", "--share", "0.2");
        Files.writeString(folder.getRoot().toPath().resolve("typo.txt"), "st-marien.example\nst-marien.exmaple\n");
        assertBadInput("typo.txt: line 2: 'st-marien.exmaple' matches no institution", "campaign", "sample", "1", "--known-file",
                path("typo.txt"), "--random", "2", "--seed", "1");
        assertOk("campaign", "sample", "1", "--known-file", path("known.txt"), "--random", "0", "--seed", "1");
        assertBadInput("campaign 1 already has its members", "campaign", "sample", "1", "--random", "2", "--seed", "1");
        assertBadInput("there is no campaign 7", "campaign", "show", "7");
        assertBadInput("--date: '2021-04-31' is not a date (YYYY-MM-DD)", "letters-sent", "1", "--date", "2021-04-31");
        assertBadInput("campaign 1 has no case with a generated letter waiting to be sent (2 selected)",
                "letters-sent", "1", "--date", "2021-04-26");

        Path bad = folder.getRoot().toPath().resolve("statement.json");
        Files.writeString(bad, """
                {"received": "2021-05-20", "kind": "ANSWER", "measures": [
                  {"date": "2021-03-03", "kind": "PATCH_INSTALLED"}, {"date": "2021-03-04", "kind": "MSERT"},
                  {"date": "2021-13-01", "kind": "EOMT"}]}""");
        assertBadInput("statement.json: measures[2].date: '2021-13-01' is not a date (YYYY-MM-DD)",
                "statement", "add", "--campaign", "1", "--institution", String.valueOf(parish), "--file", bad.toString());
        Files.writeString(bad, "{\"received\": \"2021-05-20\", \"kind\": \"NO_EXCHANGE\"}");
        assertBadInput("(Pfarrei St. Marien): cannot record a statement before the letter was sent",
                "statement", "add", "--campaign", "1", "--institution", String.valueOf(parish), "--file", bad.toString());
        assertBadInput("--verdict: 'FINE' is not one of [COMPLIANT, DEFICIENT, FOLLOW_UP_NEEDED, CLOSED_WITHOUT_FINDINGS]",
                "assess", "--campaign", "1", "--institution", "1", "--verdict", "FINE", "--reasons", "x");
        assertBadInput("each --follow-up needs its --due date", "assess", "--campaign", "1", "--institution", "1", "--verdict",
                "DEFICIENT", "--reasons", "x", "--follow-up", "patch");

        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(0L, store.counts().get("statement").longValue());
            assertEquals(0L, store.counts().get("letter").longValue());
            assertTrue(store.campaigns().load(1).orElseThrow().getCases().stream().allMatch(c -> c.getState() == CaseState.SELECTED));
        }
    }

    @Test
    public void aTitleLongerThanItsColumnIsBadInputNamingTheField() throws Exception {
        assertBadInput("campaign title: 312 characters, at most 300", "campaign", "create", "--template", "proxylogon-2021",
                "--title", "T".repeat(312));
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(0L, store.counts().get("campaign").longValue());
        }
    }

    @Test
    public void theCasesOfACampaignCreatedWithAFileNumberPatternAreNumberedInTheOrderTheyJoined() throws Exception {
        assertBadInput("file number pattern '{year}-{nr}': unknown placeholder {nr} (known: {year}, {seq}, {seq:3})", "campaign",
                "create", "--template", "proxylogon-2021", "--file-number-pattern", "{year}-{nr}");
        assertOk("campaign", "create", "--template", "proxylogon-2021", "--title", "Hafnium 2021", "--file-number-pattern",
                "{year}-EX-{seq:3}");
        assertTrue(out, out.startsWith("campaign 1 created from template proxylogon-2021: Hafnium 2021; file numbers {year}-EX-{seq:3}"));
        assertOk("campaign", "sample", "1", "--known-file", path("known.txt"), "--random", "1", "--seed", "42");
        int year = LocalDate.now().getYear();
        assertOk("campaign", "show", "1");
        assertTrue(out, out.contains("file numbers:    {year}-EX-{seq:3}"));
        assertEquals(out, List.of(year + "-EX-001", year + "-EX-002", year + "-EX-003"), out.lines()
                .filter(l -> l.matches("\\s+\\d+ .*")).map(l -> l.replaceAll(".*(" + year + "-EX-\\d{3}).*", "$1")).toList());
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals("St. Marien is the first known case", parish,
                    store.campaigns().load(1).orElseThrow().getCases().get(0).getInstitution().getId());
        }
    }

    /**
     * The follow-up scan runs the installed checks for every member and links the runs. The only DNS
     * server is a closed port on loopback, so every lookup fails fast and nothing else is contacted.
     */
    @Test
    public void rescanRepeatsThePhaseOneChecksAndLinksTheRuns() throws Exception {
        assertOk("campaign", "create", "--template", "proxylogon-2021");
        assertOk("campaign", "sample", "1", "--known-file", path("known.txt"), "--random", "0", "--seed", "5");
        String dns = "127.0.0.1:" + closedUdpPort();
        assertOk("campaign", "rescan", "1", "--dns-server", dns);
        assertTrue(out, out.startsWith("campaign 1: scan run 1 (COMPLETED, 2 domain(s)), the campaign's first"));
        assertBadInput("campaign 1 has no follow-up scan yet (1 scan run(s))", "campaign", "delta", "1");
        assertOk("campaign", "rescan", "1", "--dns-server", dns);
        assertTrue(out, out.startsWith("campaign 1: scan run 2 (COMPLETED, 2 domain(s)), repeats scan run 1"));
        assertOk("campaign", "show", "1");
        assertEquals(out, 2, out.lines().filter(l -> l.contains(" SCANNED ")).count());
        assertOk("campaign", "delta", "1");
        assertTrue(out, out.startsWith("campaign 1: 0 change(s) since the previous scan run"));
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(1L, store.scanRuns().load(2).orElseThrow().getPreviousRun().getId());
            // judged on the day of the scan, recorded with the run like the scan command's
            String recorded = store.scanRuns().load(2).orElseThrow().getSettings();
            assertTrue(recorded, recorded.contains("\"judgedOn\":\"" + java.time.LocalDate.now() + "\""));
        }
        assertBadInput("--dns-server: 'localhost:x' is not HOST:PORT", "campaign", "rescan", "1", "--dns-server", "localhost:x");
    }

    private static int closedUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The campaign created in April 2021, before its letters, statements and reminders. */
    private void datedBack(long campaignId) {
        try (AuditStore store = AuditStore.open(data)) {
            Campaign campaign = store.campaigns().load(campaignId).orElseThrow();
            campaign.setCreatedOn(Dates.of(LocalDate.of(2021, 4, 20)));
            store.campaigns().save(campaign);
        }
    }

    private void generateLetters(long campaignId, long... institutions) throws Exception {
        try (AuditStore store = AuditStore.open(data)) {
            CaseDesk desk = new CaseDesk(new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn()));
            for (long institution : institutions) {
                desk.recordScan(campaignId, institution, AuditFactory.eINSTANCE.createScanRun());
                desk.recordLetterGenerated(campaignId, institution, "letter-" + institution + ".pdf");
            }
        }
    }

    private static List<String> institutionsOf(String caseTable) {
        return caseTable.lines().skip(1).map(l -> l.trim().split("\\s+", 3)[2]).toList();
    }

    private String path(String name) {
        return folder.getRoot().toPath().resolve(name).toString();
    }

    private void assertOk(String... args) {
        int code = run(args);
        assertEquals(String.join(" ", args) + ": " + err + out, 0, code);
    }

    private void assertBadInput(String expected, String... args) {
        int code = run(args);
        assertEquals(String.join(" ", args) + ": " + err + out, 1, code);
        assertTrue(err, err.contains(expected));
    }

    private int run(String... args) {
        CliRun run = CliRun.of(data, args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private static Institution institution(String name, String kind, String domain) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setKind(kind);
        MailDomain mailDomain = AuditFactory.eINSTANCE.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        return institution;
    }
}
