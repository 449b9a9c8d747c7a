package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.scan.ScanLauncher;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditPerspective;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.campaigns.wizard.NewCampaignHandler;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.results.ResultsPerspective;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * Screenshots of the New Campaign wizard, the campaign editor's pages, the Campaigns view and the Results
 * perspective with the Delta view, in the language of the run (the build runs this class with {@code -nl en} and {@code -nl de}),
 * named {@code campaign-screens-<page>-<language>.png}.
 */
public class CampaignScreensTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final String language = Locale.getDefault().getLanguage();
    private final boolean german = language.equals("de");

    @After
    public void closeWhatAFailureLeftOpen() {
        new WorkbenchCommands(ui, ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage())).closeDialogs();
    }

    @Test
    public void wizardCampaignsAndResultsScreens() throws Exception {
        long nanos = System.nanoTime();
        Institution fixed = CampaignWizardTest.institution("Caritasverband Musterstadt " + nanos, "caritas-" + nanos + ".test");
        Institution broken = CampaignWizardTest.institution("Pfarrei St. Ägidius " + nanos, "aegidius-" + nanos + ".test");
        String title = (german ? "Hafnium Nachkontrolle " : "Hafnium follow-up ") + nanos;
        WorkflowSession session = new WorkflowSession(WorkbenchStore.get(), "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        CampaignDesk desk = new CampaignDesk(session);
        Campaign campaign = desk.create("proxylogon-2021", title, new SampleRequest("test",
                List.of(String.valueOf(fixed.getId()), String.valueOf(broken.getId())), false, SampleRule.ofSize(0, false), 20210302));
        // the first run finds both vulnerable, the follow-up one patched and one without its mail server
        desk.rescan(campaign.getId(), launcher(CheckStatus.VULNERABLE, CheckStatus.VULNERABLE), new NullProgressMonitor());
        desk.rescan(campaign.getId(), launcher(CheckStatus.NOT_VULNERABLE, null), new NullProgressMonitor());
        WorkbenchStore.changed();

        IWorkbenchWindow window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IWorkbenchPage page = ui.call(window::getActivePage);
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);
        Shell wizard = commands.open(NewCampaignHandler.COMMAND_ID, "newCampaign.wizard");
        assertEquals(german ? "Neue Pr\u00fcfaktion" : "New Campaign", ui.call(wizard::getText));
        ui.flush();
        ui.screenshot("campaign-screens-wizard-template-" + language);
        commands.press(button(wizard, IDialogConstants.NEXT_ID));
        commands.press(ui.find(wizard, Button.class, Widgets.withId("sample.preview"), "preview"));
        Table members = ui.find(wizard, Table.class, Widgets.withId("sample.members"), "members");
        ui.waitUntil("the preview", () -> members.getItemCount() > 0
                && ui.findNow(wizard, Button.class, Widgets.withId("sample.preview")).orElseThrow().isEnabled());
        ui.flush();
        ui.screenshot("campaign-screens-wizard-members-" + language);
        commands.press(button(wizard, IDialogConstants.CANCEL_ID));
        ui.waitUntil("the wizard closed", wizard::isDisposed);

        editorPages(page, campaign, fixed);

        Tree tree = ScannedCase.showCampaigns(ui, page);
        commands.select(tree, commands.row(tree, title + " (2)"));
        ui.screenshot("campaign-screens-campaigns-" + language);

        ui.run(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(ResultsPerspective.ID, window);
                // on top of its stack, whatever another test opened over it in this perspective
                window.getActivePage().showView(CampaignsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Shell shell = ui.call(window::getShell);
            Tree results = ui.find(shell, Tree.class, Widgets.withId("campaigns.tree"), "campaigns in Results");
            commands.select(results, commands.row(results, title + " (2)"));
            Label headline = ui.find(shell, Label.class, Widgets.withId("delta.headline"), "delta headline");
            ui.waitUntil("the delta of the campaign", () -> headline.getText().startsWith(title));
            assertThat(ui.call(headline::getText), startsWith(title + (german ? ": Pr\u00fcflauf" : ": scan run")));
            Tree delta = ui.find(shell, Tree.class, Widgets.withId("delta.tree"), "delta");
            ui.waitUntil("both institutions in the delta", () -> delta.getItemCount() == 2);
            ui.flush();
            ui.screenshot("campaign-screens-results-" + language);
        } finally {
            ui.run(() -> {
                try {
                    PlatformUI.getWorkbench().showPerspective(AuditPerspective.ID, window);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /**
     * The campaign editor's five pages, one case with its letter sent and a statement recorded, the Letters page
     * with that case selected (Regenerate Letter enabled); every table's headers read in full.
     */
    private void editorPages(IWorkbenchPage page, Campaign campaign, Institution answered) throws Exception {
        CaseDesk cases = new CaseDesk(new WorkflowSession(WorkbenchStore.get(), "pruefer", Clock.systemDefaultZone(),
                CampaignTemplates.builtIn()));
        cases.recordLetterGenerated(campaign.getId(), answered.getId(), "/nonexistent/anschreiben-" + answered.getId() + ".pdf");
        cases.recordLetterSent(campaign.getId(), answered.getId(), LocalDate.now(), LocalDate.now().plusDays(28));
        cases.recordStatement(campaign.getId(), answered.getId(), CampaignEditorTest.statement());
        WorkbenchStore.changed();
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        ui.run(() -> page.closeAllEditors(false));
        CampaignEditor editor = ui.call(() -> {
            try {
                return CampaignEditor.open(page, campaign.getId(), campaign.getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Label figures = ui.find(window, Label.class, Widgets.withId("campaign.figures"), "the figures");
            ui.waitUntil("the campaign read with its statement", () -> figures.getText().contains(german ? "1 Stellungnahme eingegangen" : "1 statement received"));
            Screenshots.zoomed(ui, page, editor, "campaign-screens-editor-overview-" + language);
            for (String pageId : List.of("members", "results", "letters")) {
                ui.run(() -> editor.setActivePage(pageId));
                Table table = ui.find(window, Table.class, Widgets.withId("campaign." + pageId), pageId);
                ui.waitUntil("the rows of " + pageId, () -> table.getItemCount() >= 2);
                assertHeadersReadInFull(table);
                Screenshots.zoomed(ui, page, editor, "campaign-screens-editor-" + pageId + "-" + language);
            }
            Table letters = ui.find(window, Table.class, Widgets.withId("campaign.letters"), "letters");
            Button regenerate = ui.find(window, Button.class, Widgets.withId("campaign.letters.regenerate"), "Regenerate Letter");
            ui.run(() -> {
                letters.setFocus();
                letters.setSelection(0);
                letters.notifyListeners(SWT.Selection, new Event());
            });
            ui.waitUntil("Regenerate Letter enabled", regenerate::isEnabled);
            Screenshots.zoomed(ui, page, editor, "campaign-screens-editor-letters-regenerate-" + language);
            ui.run(() -> editor.setActivePage("statements"));
            Tree statements = ui.find(window, Tree.class, Widgets.withId("campaign.statements"), "statements");
            ui.waitUntil("the statement", () -> statements.getItemCount() == 1);
            ui.run(() -> {
                statements.setSelection(statements.getItem(0));
                statements.notifyListeners(SWT.Selection, new Event());
            });
            ui.flush();
            Screenshots.zoomed(ui, page, editor, "campaign-screens-editor-statements-" + language);
        } finally {
            ui.run(() -> page.closeAllEditors(false));
        }
    }

    /** Every column is at least as wide as its header's text: no header is cut off, in either language. */
    private void assertHeadersReadInFull(Table table) {
        for (TableColumn column : ui.call(table::getColumns)) {
            int needed = ui.call(() -> {
                GC gc = new GC(table);
                try {
                    return gc.textExtent(column.getText()).x;
                } finally {
                    gc.dispose();
                }
            });
            // GTK draws a header's text with padding on both sides
            assertThat("the header " + ui.call(column::getText), ui.call(column::getWidth), greaterThan(needed + 20));
        }
    }

    private Button button(Shell shell, int id) {
        return ui.find(shell, Button.class, b -> Integer.valueOf(id).equals(b.getData()), "button " + id);
    }

    /** Own Exchange on each institution's server with the statuses given; {@code null}: no mail server answered. */
    private static ScanLauncher launcher(CheckStatus first, CheckStatus second) {
        return (institutions, monitor) -> {
            ScanRun run = AuditFactory.eINSTANCE.createScanRun();
            run.setStartedAt(new Date());
            run.setStatus(ScanRunStatus.COMPLETED);
            CheckStatus[] statuses = { first, second };
            for (int i = 0; i < institutions.size(); i++) {
                run.getDomainScans().add(domainScan(institutions.get(i), statuses[Math.min(i, 1)], i));
            }
            return run;
        };
    }

    private static DomainScan domainScan(Institution institution, CheckStatus status, int n) {
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        scan.setMxKind(MxKind.MX);
        MailServer server = AuditFactory.eINSTANCE.createMailServer();
        server.setHost("mail." + scan.getDomainName());
        scan.getMailServers().add(server);
        NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
        address.setIp("192.0.2." + (10 + n));
        address.setServerKind(status == null ? MailServerKind.NO_ANSWER : MailServerKind.EXCHANGE_ONPREM);
        server.getAddresses().add(address);
        if (status != null) {
            Observation observation = AuditFactory.eINSTANCE.createObservation();
            observation.setCheckId("exchange.proxylogon");
            observation.setTarget(server.getHost());
            observation.setStatus(status);
            observation.setObservedAt(new Date());
            scan.getObservations().add(observation);
        }
        return scan;
    }
}
