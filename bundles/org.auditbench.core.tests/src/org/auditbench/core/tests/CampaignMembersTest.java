package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.core.scan.Trend;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.core.scan.ScanLauncher;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.SelectionReason;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The members of a campaign as the workbench handles them: preview, by hand, rescans and their delta per institution. */
public class CampaignMembersTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;
    private List<Institution> register;
    private CampaignDesk desk;

    @Before
    public void openStore() {
        store = AuditStore.open(folder.getRoot().toPath().resolve("data"));
        register = Fixtures.population(30);
        register.forEach(i -> i.setId(0));
        store.institutions().saveAll(register);
        desk = new CampaignDesk(Fixtures.session(store, TODAY));
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void thePreviewShowsTheMembersTheSampleStoresAndStoresNothing() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium").getId();
        int trail = store.auditTrail().about("Campaign", id).size();
        SampleRequest request = new SampleRequest("known.txt", List.of("einrichtung4.example"), false, SampleRule.ofSize(5, true), 7);
        List<Long> previewed = ids(desk.preview(id, request));
        assertEquals(previewed, ids(desk.preview("proxylogon-2021", null, request)));
        Campaign untouched = store.campaigns().load(id).orElseThrow();
        assertEquals(0, untouched.getCases().size());
        assertNull(untouched.getSelectionRule());
        assertEquals(trail, store.auditTrail().about("Campaign", id).size());

        List<Long> sampled = ids(desk.sample(id, request));
        assertEquals(previewed, sampled);
        assertEquals(6, sampled.size());
        Campaign created = desk.create("proxylogon-2021", "Hafnium 2", request);
        assertEquals(previewed, ids(store.campaigns().load(created.getId()).orElseThrow().getCases()));
        assertEquals(7L, created.getSelectionSeed());
    }

    @Test
    public void aCaseAddedByHandIsManualAndRemovedUntilItsLetterIsSent() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium").getId();
        Institution added = register.get(3);
        AuditCase manual = desk.addCase(id, added.getId(), "Hinweis eines Bürgers");
        assertEquals(SelectionReason.MANUAL, manual.getSelectionReason());
        assertEquals("institution " + added.getId() + " (Einrichtung 4) is already a member of campaign " + id,
                assertThrows(BadInputException.class, () -> desk.addCase(id, added.getId(), "twice")).getMessage());
        assertEquals(1, store.campaigns().load(id).orElseThrow().getCases().size());

        CaseDesk cases = new CaseDesk(Fixtures.session(store, TODAY));
        cases.recordScan(id, added.getId(), Fixtures.F.createScanRun());
        cases.recordLetterGenerated(id, added.getId(), "letter.pdf");
        cases.recordLettersSent(id, TODAY, null);
        BadInputException refused = assertThrows(BadInputException.class, () -> desk.removeCase(id, added.getId(), "mistake"));
        assertTrue(refused.getMessage(), refused.getMessage().endsWith("its letter was sent (state LETTER_SENT)"));
        assertEquals(1, store.campaigns().load(id).orElseThrow().getCases().size());

        Institution other = register.get(5);
        desk.addCase(id, other.getId(), "by hand");
        desk.removeCase(id, other.getId(), "added by mistake");
        List<AuditCase> left = store.campaigns().load(id).orElseThrow().getCases();
        assertEquals(List.of(added.getId()), left.stream().map(c -> c.getInstitution().getId()).toList());
        assertTrue(store.auditTrail().about("Campaign", id).stream()
                .anyMatch(e -> e.getAction().equals("case.removed") && e.getDetail().equals("MANUAL (added by mistake): Einrichtung 6")));
    }

    @Test
    public void aCancelledRescanStoresNothing() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium").getId();
        desk.sample(id, "known.txt", List.of(), false, SampleRule.ofSize(3, false), 9);
        desk.rescan(id, launcher(MailServerKind.POSTFIX, ScanRunStatus.COMPLETED), new NullProgressMonitor());
        long runs = store.scanRuns().list().size();
        assertThrows(OperationCanceledException.class,
                () -> desk.rescan(id, launcher(MailServerKind.POSTFIX, ScanRunStatus.CANCELLED), new NullProgressMonitor()));
        assertEquals(runs, store.scanRuns().list().size());
        assertFalse(store.auditTrail().about("Campaign", id).stream()
                .anyMatch(e -> e.getAction().equals("campaign.rescanned") && e.getDetail().endsWith("CANCELLED")));
    }

    @Test
    public void theDeltaPerInstitutionSaysWhatGotBetterOrWorse() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium").getId();
        desk.sample(id, "known.txt", List.of("einrichtung1.example", "einrichtung2.example", "einrichtung3.example"), false,
                SampleRule.ofSize(0, false), 1);
        // first run: 1 vulnerable, 2 patched, 3 Postfix; then 1 patched, 2 vulnerable, 3 unchanged
        desk.rescan(id, (institutions, monitor) -> run(institutions, CheckStatus.VULNERABLE, CheckStatus.NOT_VULNERABLE), new NullProgressMonitor());
        desk.rescan(id, (institutions, monitor) -> run(institutions, CheckStatus.NOT_VULNERABLE, CheckStatus.VULNERABLE), new NullProgressMonitor());
        List<InstitutionDelta> delta = desk.latestInstitutionDelta(id);
        assertEquals(List.of("Einrichtung 1", "Einrichtung 2", "Einrichtung 3"), delta.stream().map(c -> c.institution().getName()).toList());
        assertEquals(List.of(Trend.IMPROVED, Trend.REGRESSED, Trend.UNCHANGED), delta.stream().map(InstitutionDelta::trend).toList());
        assertEquals(InstitutionVerdict.VULNERABLE, delta.get(0).before());
        assertEquals(InstitutionVerdict.PATCHED, delta.get(0).after());
        assertEquals(1, delta.get(0).changes().size());
        assertEquals(List.of(), delta.get(2).changes());
        // a mail server that stopped answering is a change to look at, not an improvement
        Institution quiet = register.get(0);
        assertEquals(Trend.CHANGED, new InstitutionDelta(quiet, InstitutionVerdict.VULNERABLE, InstitutionVerdict.UNDETERMINED,
                List.of()).trend());
        assertEquals(Trend.CHANGED, new InstitutionDelta(quiet, InstitutionVerdict.PATCHED, InstitutionVerdict.MICROSOFT_365,
                List.of()).trend());
        assertEquals(Trend.REGRESSED, new InstitutionDelta(quiet, InstitutionVerdict.NO_EXCHANGE, InstitutionVerdict.OUT_OF_SUPPORT,
                List.of()).trend());
    }

    private static List<Long> ids(List<AuditCase> cases) {
        return cases.stream().map(c -> c.getInstitution().getId()).toList();
    }

    private static ScanLauncher launcher(MailServerKind kind, ScanRunStatus status) {
        return (institutions, monitor) -> {
            ScanRun run = started(status);
            if (status == ScanRunStatus.COMPLETED) {
                institutions.forEach(i -> run.getDomainScans().add(domainScan(i, kind, null)));
            }
            return run;
        };
    }

    /** Institutions 1 and 2 run their own Exchange with the statuses given, the others Postfix. */
    private static ScanRun run(List<Institution> institutions, CheckStatus first, CheckStatus second) {
        ScanRun run = started(ScanRunStatus.COMPLETED);
        for (Institution institution : institutions) {
            String name = institution.getName();
            CheckStatus status = name.equals("Einrichtung 1") ? first : name.equals("Einrichtung 2") ? second : null;
            run.getDomainScans().add(domainScan(institution, status == null ? MailServerKind.POSTFIX : MailServerKind.EXCHANGE_ONPREM, status));
        }
        return run;
    }

    private static ScanRun started(ScanRunStatus status) {
        ScanRun run = Fixtures.F.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(status);
        return run;
    }

    private static DomainScan domainScan(Institution institution, MailServerKind kind, CheckStatus exchange) {
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
        if (exchange != null) {
            Observation observation = Fixtures.F.createObservation();
            observation.setCheckId("exchange.proxylogon");
            observation.setTarget(server.getHost());
            observation.setStatus(exchange);
            observation.setObservedAt(new Date());
            scan.getObservations().add(observation);
        }
        return scan;
    }
}
