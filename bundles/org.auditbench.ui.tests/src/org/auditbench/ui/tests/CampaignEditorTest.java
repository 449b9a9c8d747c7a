package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The campaign editor on a campaign of two institutions: one checked (a Postfix at one address), its
 * letter sent and its statement recorded with two measures; the other not checked yet.
 */
public class CampaignEditorTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private final String title = "Hafnium Editor " + tag;
    private Campaign campaign;
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void storeTheCampaign() throws Exception {
        AuditStore store = WorkbenchStore.get();
        // a campaign without a file number pattern: its cases carry their institutions' numbers, as letters do
        Institution answered = institution(store, "Pfarrei Antwort " + tag, "antwort-" + tag + ".test", "Az. 7/" + tag);
        Institution silent = institution(store, "Pfarrei Schweigen " + tag, "schweigen-" + tag + ".test", null);
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        campaign = new CampaignDesk(session).create("proxylogon-2021", title);
        new CampaignDesk(session).sample(campaign.getId(), "test", List.of("antwort-" + tag + ".test", "schweigen-" + tag + ".test"),
                false, SampleRule.ofSize(0, false), 1);
        ScanRun run = scanOf(answered);
        store.scanRuns().save(run);
        CaseDesk desk = new CaseDesk(session);
        desk.recordScan(campaign.getId(), answered.getId(), run);
        desk.recordLetterGenerated(campaign.getId(), answered.getId(), "/nonexistent/anschreiben-" + tag + ".pdf");
        desk.recordLetterSent(campaign.getId(), answered.getId(), LocalDate.now(), LocalDate.now().plusDays(28));
        desk.recordStatement(campaign.getId(), answered.getId(), statement());
        WorkbenchStore.changed();
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        // another test's editor would hold fields with the same ids
        ui.run(() -> page.closeAllEditors(false));
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeEditors() {
        ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    public void thePagesListTheMembersTheirResultsLettersAndStatements() throws Exception {
        CampaignEditor editor = open();
        showPage(editor, "members");
        Table members = ui.find(window, Table.class, Widgets.withId("campaign.members"), "members");
        ui.waitUntil("both members listed", () -> members.getItemCount() == 2);
        List<String> rows = rows(members);
        String answered = rows.stream().filter(r -> r.startsWith("Pfarrei Antwort")).findFirst().orElseThrow();
        assertThat(answered, startsWith("Pfarrei Antwort " + tag + "|Az. 7/" + tag + "|Known case|Statement received|"));
        assertThat("verdict and the day the statement came", answered, endsWith("|no Exchange seen|" + date(LocalDate.now()) + "|"));
        String silent = rows.stream().filter(r -> r.startsWith("Pfarrei Schweigen")).findFirst().orElseThrow();
        assertThat(silent, startsWith("Pfarrei Schweigen " + tag + "||Known case|Selected|"));
        assertThat(silent, endsWith("|not checked||"));
        sortBy(members, "File number");
        assertThat("no number first", rows(members).get(0), startsWith("Pfarrei Schweigen"));
        sortBy(members, "File number");
        assertThat("the other way round", rows(members).get(0), startsWith("Pfarrei Antwort"));
        Screenshots.zoomed(ui, page, editor, "campaign-editor-members");

        showPage(editor, "results");
        Table results = ui.find(window, Table.class, Widgets.withId("campaign.results"), "Phase 1 results");
        ui.waitUntil("the one address listed", () -> results.getItemCount() == 1);
        assertThat(rows(results).get(0), containsString("antwort-" + tag + ".test|mx.antwort-" + tag + ".test|192.0.2.25|"));
        assertThat(rows(results).get(0), containsString("|25|"));
        Text filter = ui.find(window, Text.class, Widgets.withId("campaign.results.filter"), "results filter");
        ui.run(() -> filter.setText("nothing like it"));
        ui.waitUntil("filtered away", () -> results.getItemCount() == 0);
        ui.run(() -> filter.setText("MX.ANTWORT"));
        ui.waitUntil("found again, ignoring case", () -> results.getItemCount() == 1);
        Screenshots.zoomed(ui, page, editor, "campaign-editor-results");

        showPage(editor, "letters");
        Table letters = ui.find(window, Table.class, Widgets.withId("campaign.letters"), "letters");
        ui.waitUntil("a row per case", () -> letters.getItemCount() == 2);
        assertThat(rows(letters), hasItem("Pfarrei Antwort " + tag + "|Az. 7/" + tag + "|Request|" + date(LocalDate.now()) + "|" + date(LocalDate.now())
                + "|" + date(LocalDate.now().plusDays(28)) + "|anschreiben-" + tag + ".pdf"));
        assertThat(rows(letters), hasItem("Pfarrei Schweigen " + tag + "||no letter yet||||"));
        Screenshots.zoomed(ui, page, editor, "campaign-editor-letters");

        showPage(editor, "statements");
        Tree statements = ui.find(window, Tree.class, Widgets.withId("campaign.statements"), "statements");
        ui.waitUntil("the case that answered", () -> statements.getItemCount() == 1);
        Text details = ui.find(window, Text.class, Widgets.withId("campaign.statements.details"), "details");
        ui.run(() -> {
            statements.setSelection(statements.getItem(0));
            statements.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitUntil("the statement in full", () -> details.getText().contains("Patch installed"));
        assertThat(ui.call(details::getText), containsString("Monitoring"));
        assertThat(ui.call(details::getText), containsString("Gaps:"));
        assertEquals("the statement under its case", 1, (int) ui.call(() -> statements.getItem(0).getItemCount()));
        Screenshots.zoomed(ui, page, editor, "campaign-editor-statements");
        showPage(editor, "overview");
        Label selection = ui.find(window, Label.class, Widgets.withId("campaign.selection"), "selection rule");
        assertEquals("the rule in words", "List from test (2 institutions); no random sample", ui.call(selection::getText));
        Label template = ui.find(window, Label.class, Widgets.withId("campaign.template"), "template");
        assertEquals("the template by its title alone", CampaignTemplates.builtIn().get("proxylogon-2021").title().english(),
                ui.call(template::getText));
        Label dates = ui.find(window, Label.class, Widgets.withId("campaign.dates"), "dates");
        assertEquals("only the dates that are set", "created " + date(LocalDate.now()), ui.call(dates::getText));
        Label figures = ui.find(window, Label.class, Widgets.withId("campaign.figures"), "figures");
        assertEquals("2 cases: 1 scanned, 1 with a letter sent, 1 statement received, 0 assessed, 0 overdue", ui.call(figures::getText));
        Screenshots.zoomed(ui, page, editor, "campaign-editor-overview");
    }

    @Test
    public void theTitleIsEditedWithUndoAndRedoAndSavedWithoutTouchingTheCases() {
        CampaignEditor editor = open();
        Text titleField = ui.find(window, Text.class, Widgets.withId("campaign.title"), "title field");
        ui.waitUntil("the title shown", () -> title.equals(titleField.getText()));
        ui.run(() -> {
            titleField.setFocus();
            titleField.selectAll();
        });
        ui.type("Hafnium umbenannt " + tag);
        ui.waitUntil("dirty", editor::isDirty);
        ui.select(ui.menuItem(window, "Edit", "Undo Change Title"));
        ui.waitUntil("the title back", () -> title.equals(titleField.getText()));
        assertFalse(ui.call(editor::isDirty));
        ui.select(ui.menuItem(window, "Edit", "Redo Change Title"));
        ui.waitUntil("the title again", () -> ("Hafnium umbenannt " + tag).equals(titleField.getText()));
        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("saved", () -> !editor.isDirty());
        Campaign stored = WorkbenchStore.get().campaigns().load(campaign.getId()).orElseThrow();
        assertEquals("Hafnium umbenannt " + tag, stored.getTitle());
        assertEquals("the cases as the workflow left them", 2, stored.getCases().size());
        assertEquals(1, stored.getCases().stream().filter(c -> !c.getStatements().isEmpty()).count());
    }

    private CampaignEditor open() {
        return ui.call(() -> {
            try {
                return CampaignEditor.open(page, campaign.getId(), title);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Shows the editor's page {@code id}, as a click on its tab does. */
    private void showPage(CampaignEditor editor, String id) {
        ui.run(() -> editor.setActivePage(id));
        ui.flush();
    }

    /** Clicks the header of the column {@code title}. */
    private void sortBy(Table table, String title) {
        ui.run(() -> Arrays.stream(table.getColumns()).filter(c -> c.getText().equals(title)).findFirst().orElseThrow()
                .notifyListeners(SWT.Selection, new Event()));
        ui.flush();
    }

    private List<String> rows(Table table) {
        return ui.call(() -> Arrays.stream(table.getItems()).map(item -> cells(table, item)).toList());
    }

    private static String cells(Table table, TableItem item) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < table.getColumnCount(); i++) {
            row.append(i == 0 ? "" : "|").append(item.getText(i));
        }
        return row.toString();
    }

    private static String date(LocalDate day) {
        return AuditbenchItemProviders.date(day);
    }

    private static Institution institution(AuditStore store, String name, String domainName, String fileNumber) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setFileNumber(fileNumber);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        store.institutions().save(institution);
        return institution;
    }

    /** A check that found a Postfix at one address, port 25 open. */
    private static ScanRun scanOf(Institution institution) {
        AuditFactory f = AuditFactory.eINSTANCE;
        ScanRun run = f.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        DomainScan scan = f.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        scan.setMxKind(MxKind.MX);
        MailServer server = f.createMailServer();
        server.setHost("mx." + scan.getDomainName());
        NetAddress address = f.createNetAddress();
        address.setIp("192.0.2.25");
        address.setServerKind(MailServerKind.POSTFIX);
        PortState smtp = f.createPortState();
        smtp.setPort(25);
        smtp.setState(PortStatus.OPEN);
        address.getPorts().add(smtp);
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        run.getDomainScans().add(scan);
        return run;
    }

    /** An answer with two measures, received today. */
    static Statement statement() {
        AuditFactory f = AuditFactory.eINSTANCE;
        Statement statement = f.createStatement();
        statement.setReceivedOn(Dates.of(LocalDate.now()));
        statement.setKind(StatementKind.ANSWER);
        statement.setSummary("Patched in March 2021, checked with the detection script.");
        statement.setMonitoring("Logs are read weekly.");
        for (MeasureKind kind : List.of(MeasureKind.PATCH_INSTALLED, MeasureKind.DETECTION_SCRIPT)) {
            Measure measure = f.createMeasure();
            measure.setKind(kind);
            measure.setDate(Dates.of(LocalDate.of(2021, 3, 10)));
            measure.setDescription("done");
            statement.getMeasures().add(measure);
        }
        return statement;
    }
}
