package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.DateField;
import org.auditbench.ui.internal.campaigns.DeadlinesView;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The Deadlines and Mail Servers views, the Eclipse menus, the Preferences dialog, the Properties view (the
 * values too), the scan engine's progress and the guide in German: run by the build's second UI test run with {@code -nl de} (skipped in the English
 * one), with screenshots.
 */
public class GermanLabelsTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Before
    public void onlyInGerman() {
        assumeTrue("runs with -nl de", Locale.getDefault().getLanguage().equals("de"));
    }

    @Test
    public void deadlinesInGerman() throws Exception {
        long tag = System.nanoTime();
        String name = "Pfarrei S\u00e4umig " + tag;
        LocalDate today = LocalDate.now();
        DueCampaign.create("Hafnium Fristen " + tag, tag, List.of(new DueCampaign.Member(name, today.minusDays(40), today.minusDays(10))));
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        ui.run(() -> {
            try {
                page.showView(DeadlinesView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Table table = ui.find(window, Table.class, Widgets.withId("deadlines.table"), "the deadlines table");
        assertEquals(List.of("Einrichtung", "Pr\u00fcfaktion", "Stand", "Frist", "Resttage / \u00fcberf\u00e4llig", "Letzter Schritt"),
                ui.call(() -> Arrays.stream(table.getColumns()).map(TableColumn::getText).toList()));
        TableItem row = ui.waitFor("the overdue case", () -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name))
                .findFirst().orElse(null));
        assertEquals("seit 10 Tagen \u00fcberf\u00e4llig", ui.call(() -> row.getText(4)));
        assertThat(ui.call(() -> row.getText(5)), containsString("Anforderung versandt am"));
        Screenshots.zoomed(ui, page, DeadlinesView.ID, "deadlines-view-de");
    }

    @Test
    public void mailServersInGerman() throws Exception {
        String domain = "dekanat-" + System.nanoTime() + ".test";
        StoredScan.ofAnUnpatchedExchange("Dekanat M\u00fcnster", domain);
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        StoredScan.showMailServersOf(ui, page, domain);
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Label verdict = ui.find(window, Label.class, Widgets.withId("scanResults.verdict"), "the verdict");
        ui.waitUntil("the verdict shown", () -> verdict.getText().equals("eigener Exchange verwundbar"));
        Tree tree = ui.find(window, Tree.class, Widgets.withId("scanResults.tree"), "scan results");
        ui.waitUntil("the domain scan", () -> tree.getItemCount() == 1);
        Text evidence = ui.find(window, Text.class, Widgets.withId("scanResults.evidence"), "the evidence pane");
        StoredScan.selectFinding(ui, tree, evidence, domain);
        assertThat(ui.call(evidence::getText), containsString("Nachweis:"));
        Screenshots.zoomed(ui, page, ScanResultsView.ID, "mail-servers-view-de");
    }

    @Test
    public void eclipseMenusInGerman() {
        Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertThat(ui.menuTexts(window, "Datei"), hasItems("Editor schlie\u00dfen", "Speichern", "Alle speichern", "Eigenschaften", "Beenden"));
        assertThat(ui.menuTexts(window, "Bearbeiten"), hasItems("R\u00fcckg\u00e4ngig", "Wiederherstellen", "Kopieren", "L\u00f6schen",
                "Alles markieren"));
        assertThat(ui.menuTexts(window, "Fenster"), hasItems("Perspektive zur\u00fccksetzen...", "Benutzervorgaben..."));
        assertThat(ui.menuTexts(window, "Berichte"), hasItems("Bericht erstellen..."));
        assertThat(ui.menuTexts(window, "Hilfe"), hasItems("Auditbench-Leitfaden", "Tastenbelegung anzeigen", "\u00dcber Auditbench"));
    }

    @Test
    public void preferencesInGerman() {
        Shell dialog = PreferencePages.open(ui, AuthorityPreferencesTest.PAGE, "authority.name");
        assertEquals("Benutzervorgaben", ui.call(dialog::getText));
        List<String> buttons = ui.call(() -> ui.all(dialog, Button.class).stream().map(b -> Widgets.plain(b.getText())).toList());
        assertThat(buttons, hasItems("Standardwerte wiederherstellen", "Anwenden", "Anwenden und schlie\u00dfen", "Abbrechen",
                "Durchsuchen...", "Entfernen"));
        ui.screenshot("preferences-authority-de");
        ui.clickButton(dialog, "Abbrechen");
        ui.waitUntil("the preferences closed", dialog::isDisposed);
    }

    @Test
    public void propertiesColumnsAndGuideInGerman() throws Exception {
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        ui.run(() -> {
            try {
                page.showView("org.eclipse.ui.views.PropertySheet");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Tree properties = ui.waitFor("the properties tree", () -> ui.all(window, Tree.class).stream()
                .filter(t -> t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Eigenschaft")).findFirst().orElse(null));
        assertEquals("Wert", ui.call(() -> properties.getColumn(1).getText()));

        ui.select(ui.menuItem(window, "Hilfe", "Auditbench-Leitfaden"));
        Shell guide = ui.shell("Auditbench-Leitfaden");
        StyledText text = ui.find(guide, StyledText.class, Widgets.withId("guide.text"), "the guide");
        assertThat(ui.call(text::getText), containsString("Datei > Einrichtungen importieren..."));
        ui.screenshot("help-guide-de");
        ui.clickButton(guide, "Schlie\u00dfen");
        ui.waitUntil("the guide closed", guide::isDisposed);
    }

    /** The campaign editor's Overview names the campaign's reports in German, and the Run Report dialog its run choice. */
    @Test
    public void campaignReportsInGerman() throws Exception {
        long tag = System.nanoTime();
        ScannedCase scanned = ScannedCase.create("Berichte deutsch " + tag, "Pfarrei Bericht " + tag, "bericht-de-" + tag + ".test");
        scanned.rescan();
        scanned.rescan();
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        CampaignEditor editor = ui.call(() -> {
            try {
                page.closeAllEditors(false);
                return CampaignEditor.open(page, scanned.campaign().getId(), scanned.campaign().getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.run(() -> editor.setActivePage("overview"));
        ui.flush();
        assertEquals("\u00dcbersicht zur Pr\u00fcfaktion", ui.call(ui.find(window, Hyperlink.class,
                Widgets.withId("campaign.report.campaign-overview"), "the overview")::getText));
        Hyperlink delta = ui.find(window, Hyperlink.class, Widgets.withId("campaign.report.scan-delta"), "the delta");
        assertEquals("Ver\u00e4nderungen zwischen Scans", ui.call(delta::getText));
        CampaignEditorLettersTest.activate(delta, ui);
        Shell dialog = ui.shell("Bericht erstellen");
        Combo earlier = ui.find(dialog, Combo.class, Widgets.withId("runReport.earlierRun"), "the earlier run");
        assertThat(ui.call(earlier::getText), containsString("Nr. "));
        assertThat(ui.call(earlier::getText), containsString(" vom "));
        ui.screenshot("run-report-delta-de");
        ui.run(dialog::close);
        ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    public void propertiesOfACampaignItsCaseAndAnInstitutionInGerman() throws Exception {
        long tag = System.nanoTime();
        String name = "Pfarrei Eigenschaften " + tag;
        Institution institution = CampaignWizardTest.institution(name, "eigenschaften-" + tag + ".test");
        institution.setReportedBreach(true);
        WorkbenchStore.get().institutions().save(institution);
        String title = "Hafnium Eigenschaften " + tag;
        WorkflowSession session = new WorkflowSession(WorkbenchStore.get(), "pruefer", Clock.systemDefaultZone(),
                CampaignTemplates.builtIn());
        new CampaignDesk(session).create("proxylogon-2021", title, "{year}-EX-{seq:3}", new SampleRequest("liste.txt",
                List.of(String.valueOf(institution.getId())), false, SampleRule.ofSize(0, false), 7));
        WorkbenchStore.changed();

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);
        Tree campaigns = ScannedCase.showCampaigns(ui, page);
        ui.run(() -> {
            try {
                // visible, not active: the Properties view shows what the active Campaigns view selects
                page.showView("org.eclipse.ui.views.PropertySheet", null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        TreeItem campaign = commands.row(campaigns, title + " (1)");
        commands.select(campaigns, campaign);
        assertEquals("the template by its name, not its id", CampaignTemplates.builtIn().get("proxylogon-2021").title().german(),
                property(window, "Vorlage"));
        assertEquals("the rule in words", "Liste aus liste.txt (1 Einrichtung); keine Zufallsstichprobe", property(window, "Auswahlregel"));
        assertEquals("{year}-EX-{seq:3}", property(window, "Aktenzeichen-Muster"));
        ui.screenshot("properties-campaign-de");

        commands.select(campaigns, ui.waitFor("the case row", () -> campaign.getItemCount() == 1 && name.equals(campaign.getItem(0).getText(0))
                ? campaign.getItem(0) : null));
        assertEquals(LocalDate.now().getYear() + "-EX-001", property(window, "Aktenzeichen"));
        assertEquals("Bekannter Fall", property(window, "Auswahlgrund"));

        commands.selectInstitution(name);
        assertEquals("Ja", property(window, "Datenpanne gemeldet"));
        ui.screenshot("properties-institution-de");
    }

    /**
     * The value the Properties view shows beside {@code name}, once it shows it; the view has a page (and
     * tree) of its own for each part whose selection it shows, so the visible one is read.
     */
    private String property(Shell window, String name) {
        return ui.waitFor("the property " + name, () -> ui.all(window, Tree.class).stream()
                .filter(t -> t.isVisible() && t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Eigenschaft"))
                .map(t -> row(t.getItems(), name)).filter(v -> v != null).findFirst().orElse(null));
    }

    private static String row(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(name)) {
                return item.getText(1);
            }
            item.setExpanded(true);
            String below = row(item.getItems(), name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    public void theScanEnginesProgressInGerman() throws Exception {
        List<String> shown = new CopyOnWriteArrayList<>();
        // a name that is no domain: the engine records it as such and contacts nobody
        ScanRequest request = new ScanRequest("keine Domain", AuditFactory.eINSTANCE.createInstitution());
        ScanEngine.fromExtensions(ScanSettings.defaults()).run(List.of(request), null, new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                shown.add(name);
            }

            @Override
            public void subTask(String name) {
                shown.add(name);
            }
        });
        assertEquals("1 Domains werden gepr\u00fcft", shown.get(0));
        assertEquals("1 von 1 Domains gepr\u00fcft, 1 von 1 Einrichtungen", shown.get(shown.size() - 1));
    }

    @Test
    public void datesShownAndTypedTheGermanWay() {
        LocalDate march10 = LocalDate.of(2021, 3, 10);
        assertEquals("10.03.2021", DateField.shown(march10));
        assertEquals(march10, DateField.parse("10.3.21").orElseThrow());
    }
}
