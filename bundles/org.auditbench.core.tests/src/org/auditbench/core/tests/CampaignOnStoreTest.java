package org.auditbench.core.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.auditbench.core.Attachments;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.DueCase;
import org.auditbench.core.SampleRule;
import org.auditbench.core.StatementJson;
import org.auditbench.core.StepRefusedException;
import org.auditbench.core.gaps.Gap;
import org.auditbench.core.gaps.Microsoft365ContradictsScan;
import org.auditbench.core.scan.ScanLauncher;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Campaigns from creation to closing on a real Derby store in a temporary folder. */
public class CampaignOnStoreTest {

    private static final LocalDate CREATED = LocalDate.of(2021, 4, 20);
    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    /** The founding letter's deadline: 35 days after it was sent. */
    private static final LocalDate DEADLINE = LocalDate.of(2021, 5, 31);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;
    private List<Institution> register;

    @Before
    public void openStore() {
        store = AuditStore.open(folder.getRoot().toPath().resolve("data"));
        register = Fixtures.population(40);
        register.forEach(i -> i.setId(0));
        register.get(2).setReportedBreach(true);
        store.institutions().saveAll(register);
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void theSampleIsReproducibleFromTheStoredSeed() throws Exception {
        CampaignDesk desk = new CampaignDesk(Fixtures.session(store, CREATED));
        List<String> known = List.of("einrichtung5.example");
        Set<Long> first = members(desk, desk.create("proxylogon-2021", "A").getId(), known, 42);
        Set<Long> again = members(desk, desk.create("proxylogon-2021", "B").getId(), known, 42);
        Set<Long> other = members(desk, desk.create("proxylogon-2021", "C").getId(), known, 43);
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(1 + 1 + 8, first.size()); // the listed case, the reported breach, 8 drawn

        Campaign stored = store.campaigns().load(store.campaigns().list().get(0).getId()).orElseThrow();
        assertEquals(42L, stored.getSelectionSeed());
        assertTrue(stored.getSelectionRule(), stored.getSelectionRule().startsWith("known cases: 2 (list known.txt + reported breaches)"));
        assertEquals(2, stored.getCases().stream().filter(c -> c.getSelectionReason() == SelectionReason.KNOWN_CASE).count());
        AuditCase drawn = stored.getCases().stream().filter(c -> c.getSelectionReason() == SelectionReason.RANDOM_SAMPLE)
                .findFirst().orElseThrow();
        List<AuditEvent> trail = store.auditTrail().about("AuditCase", drawn.getId());
        assertEquals("case.selected", trail.get(trail.size() - 1).getAction());
        assertEquals("pruefer", trail.get(trail.size() - 1).getActor());
    }

    @Test
    public void aCaseFromLetterToClosingWithDeadlinesAndGaps() throws Exception {
        CampaignDesk campaigns = new CampaignDesk(Fixtures.session(store, CREATED));
        long campaignId = campaigns.create("proxylogon-2021", "Hafnium").getId();
        campaigns.sample(campaignId, "known.txt", List.of("einrichtung1.example", "einrichtung2.example"), false,
                SampleRule.ofSize(0, false), 1);
        Institution onPrem = register.get(0);
        Institution other = register.get(1);
        saveScan(onPrem, MailServerKind.EXCHANGE_ONPREM);

        CaseDesk cases = new CaseDesk(Fixtures.session(store, SENT));
        for (Institution institution : List.of(onPrem, other)) {
            cases.recordScan(campaignId, institution.getId(), Fixtures.F.createScanRun());
        }
        cases.recordLetterGenerated(campaignId, onPrem.getId(), "hafnium-1.pdf");
        List<AuditCase> sent = cases.recordLettersSent(campaignId, SENT, null);
        assertEquals(1, sent.size());
        Campaign campaign = store.campaigns().load(campaignId).orElseThrow();
        assertEquals(DEADLINE, Dates.of(campaign.getDeadline()));

        // the other case has no letter yet: its statement is refused and nothing is stored
        StepRefusedException refused = assertThrows(StepRefusedException.class, () -> cases.recordStatement(campaignId,
                other.getId(), Fixtures.statement(StatementKind.ANSWER, SENT)));
        assertTrue(refused.text().english(), refused.text().english().endsWith("cannot record a statement before the letter was sent"));
        assertEquals(0, store.counts().get("statement").longValue());

        // due around the deadline: near the day before and on the day, overdue the day after
        assertEquals(List.of(), cases.due(DEADLINE.minusDays(8), 7));
        assertDue(cases.due(DEADLINE.minusDays(1), 7), false, 1);
        assertDue(cases.due(DEADLINE, 0), false, 0);
        assertDue(cases.due(DEADLINE.plusDays(1), 0), true, -1);

        // a Microsoft 365 confirmation although the scan found an own Exchange server
        Path dir = folder.newFolder("statement").toPath();
        java.nio.file.Files.writeString(dir.resolve("scan.txt"), "Exchange Online seit 2019");
        java.nio.file.Files.writeString(dir.resolve("statement.json"), """
                {"received": "2021-05-20", "kind": "MICROSOFT_365_CONFIRMED",
                 "attachments": [{"file": "scan.txt", "mediaType": "text/plain"}]}""");
        CaseDesk later = new CaseDesk(Fixtures.session(store, LocalDate.of(2021, 5, 21)));
        List<Gap> gaps = later.recordStatement(campaignId, onPrem.getId(), StatementJson.read(dir.resolve("statement.json"), Attachments.withDefaultLimit()));
        assertEquals(List.of(Microsoft365ContradictsScan.ID), gaps.stream().map(Gap::ruleId).toList());
        AuditCase answered = store.campaigns().load(campaignId).orElseThrow().getCases().stream()
                .filter(c -> c.getInstitution().getId() == onPrem.getId()).findFirst().orElseThrow();
        assertEquals(CaseState.STATEMENT_RECEIVED, answered.getState());
        assertArrayEquals("Exchange Online seit 2019".getBytes(StandardCharsets.UTF_8),
                store.campaigns().readContent(answered.getStatements().get(0).getAttachments().get(0)));
        assertEquals(List.of(), later.due(DEADLINE.plusDays(1), 0));

        later.assess(campaignId, onPrem.getId(), AssessmentVerdict.DEFICIENT, "statement contradicts the scan", List.of());
        later.close(campaignId, onPrem.getId());
        List<String> steps = store.auditTrail().about("AuditCase", answered.getId()).stream().map(AuditEvent::getAction)
                .filter(a -> a.startsWith("case.")).toList();
        assertEquals(List.of("case.selected", "case.scan", "case.letter-generated", "case.letter-sent", "case.statement",
                "case.assessed", "case.closed"), steps);
    }

    @Test
    public void aFollowUpScanIsLinkedToThePreviousRun() throws Exception {
        CampaignDesk desk = new CampaignDesk(Fixtures.session(store, CREATED));
        long campaignId = desk.create("proxylogon-2021", "Hafnium").getId();
        desk.sample(campaignId, "known.txt", List.of(), false, SampleRule.ofSize(3, false), 9);
        ScanLauncher launcher = (institutions, monitor) -> {
            ScanRun run = Fixtures.F.createScanRun();
            run.setStartedAt(new Date());
            run.setStatus(ScanRunStatus.COMPLETED);
            for (Institution institution : institutions) {
                run.getDomainScans().add(domainScan(institution, MailServerKind.POSTFIX));
            }
            return run;
        };
        ScanRun first = desk.rescan(campaignId, launcher, new NullProgressMonitor());
        ScanRun second = desk.rescan(campaignId, launcher, new NullProgressMonitor());
        ScanRun stored = store.scanRuns().load(second.getId()).orElseThrow();
        assertEquals(first.getId(), stored.getPreviousRun().getId());
        assertEquals(campaignId, stored.getCampaign().getId());
        assertEquals(3, stored.getDomainScans().size());
        assertTrue(store.campaigns().load(campaignId).orElseThrow().getCases().stream()
                .allMatch(c -> c.getState() == CaseState.SCANNED));
        assertFalse(store.auditTrail().about("Campaign", campaignId).stream().noneMatch(e -> e.getAction().equals("campaign.rescanned")));
    }

    @Test
    public void unknownCampaignsAndMembersAreNamed() throws Exception {
        CaseDesk desk = new CaseDesk(Fixtures.session(store, SENT));
        assertEquals("there is no campaign 99",
                assertThrows(BadInputException.class, () -> desk.close(99, 1)).getMessage());
        long campaignId = new CampaignDesk(Fixtures.session(store, CREATED)).create("proxylogon-2021", "Hafnium").getId();
        assertEquals("institution 99999 is not a member of campaign " + campaignId + " (Hafnium)",
                assertThrows(BadInputException.class, () -> desk.close(campaignId, 99999)).getMessage());
    }

    private Set<Long> members(CampaignDesk desk, long campaignId, List<String> known, long seed) throws Exception {
        return desk.sample(campaignId, "known.txt", known, true, SampleRule.ofSize(8, false), seed).stream()
                .map(c -> c.getInstitution().getId()).collect(Collectors.toSet());
    }

    private static void assertDue(List<DueCase> due, boolean overdue, long daysLeft) {
        assertEquals(1, due.size());
        assertEquals(DEADLINE, due.get(0).deadline());
        assertEquals(overdue, due.get(0).overdue());
        assertEquals(daysLeft, due.get(0).daysLeft());
    }

    private void saveScan(Institution institution, MailServerKind kind) {
        ScanRun run = Fixtures.F.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        run.getDomainScans().add(domainScan(institution, kind));
        store.scanRuns().save(run);
    }

    private static DomainScan domainScan(Institution institution, MailServerKind kind) {
        DomainScan scan = Fixtures.F.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        MailServer server = Fixtures.F.createMailServer();
        server.setHost("mail." + scan.getDomainName());
        NetAddress address = Fixtures.F.createNetAddress();
        address.setIp("192.0.2." + (institution.getId() % 250 + 1));
        address.setServerKind(kind);
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        return scan;
    }
}
