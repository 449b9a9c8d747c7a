package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.campaigns.AssessCaseHandler;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.campaigns.GenerateLettersHandler;
import org.auditbench.ui.internal.campaigns.LettersJob;
import org.auditbench.ui.internal.campaigns.LettersSentHandler;
import org.auditbench.ui.internal.campaigns.RecordStatementHandler;
import org.auditbench.ui.internal.campaigns.wizard.DrawSampleHandler;
import org.auditbench.ui.internal.campaigns.wizard.NewCampaignHandler;
import org.auditbench.ui.internal.institutions.ImportJob;
import org.auditbench.ui.internal.institutions.ImportProblems;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.reports.ReportFiles;
import org.auditbench.ui.internal.reports.ReportJob;
import org.auditbench.ui.internal.reports.RunReportHandler;
import org.auditbench.ui.internal.results.RescanCampaignHandler;
import org.auditbench.ui.internal.results.RescanJob;
import org.auditbench.ui.internal.scans.ScanPreferences;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The whole audit in the workbench, against a real NSD and SMTP peer on loopback (127.0.53.x): import
 * (a bad file first), a new campaign with its members, a rescan cancelled once and then complete, the
 * letters, their sending, a statement with three measures, the assessment beside the statement and its
 * gaps, and the campaign overview report, run through the Run Report dialog, naming the institutions.
 */
public class AuditJourneyTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay(), Duration.ofSeconds(90));

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long nanos = System.nanoTime();
    private final List<String> domains = List.of("journey-a-" + nanos + ".test", "journey-b-" + nanos + ".test",
            "journey-c-" + nanos + ".test");
    private Nsd nsd;
    private SmtpPeer smtp;

    @Before
    public void startPeers() throws Exception {
        List<Zone> zones = new ArrayList<>();
        for (String domain : domains) {
            zones.add(new Zone(domain).add("@ MX 10 mail").add("mail A 127.0.53.25"));
        }
        zones.add(new Zone("asn.test").asnOrigin("127.0.53.25", "64512", "127.0.53.0/24", "DE")
                .asnName(64512, "DE", "ripencc", "Kommunale IT eG, DE"));
        nsd = Nsd.start(Files.createTempDirectory("ui-journey-peers"), "127.0.53.53", zones);
        // silent at first: the first rescan stays busy until it is cancelled
        smtp = SmtpPeer.start("127.0.53.25", 25, SmtpBehaviour.silent(), null);
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        preferences.setValue(ScanPreferences.DNS_SERVERS, "127.0.53.53:" + nsd.address().getPort());
        preferences.setValue(ScanPreferences.ASN_ZONE, "asn.test");
        preferences.setValue(ScanPreferences.PORTS, "25, 443");
        preferences.setValue(ScanPreferences.TIMEOUT_MILLIS, 20000);
        preferences.setValue(ScanPreferences.ALLOW_PRIVATE, true);
    }

    @After
    public void stopPeers() {
        ReportFiles.useOpener(null);
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        for (String key : List.of(ScanPreferences.DNS_SERVERS, ScanPreferences.ASN_ZONE, ScanPreferences.PORTS,
                ScanPreferences.TIMEOUT_MILLIS, ScanPreferences.ALLOW_PRIVATE)) {
            preferences.setToDefault(key);
        }
        smtp.close();
        nsd.close();
    }

    @After
    public void closeWhatAFailureLeftOpen() {
        new WorkbenchCommands(ui, ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage())).closeDialogs();
    }

    @Test
    public void theWholeAuditWithoutATerminal() throws Exception {
        AuditStore store = WorkbenchStore.get();
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);
        List<String> names = List.of("Pfarrei Reisedorf " + nanos, "Schule am Weg " + nanos, "Kita Ziel " + nanos);

        // import: a bad row refuses the whole file and the dialog names it; then the good file
        long before = store.institutions().count();
        Path bad = Files.createTempFile("journey", ".csv");
        Files.writeString(bad, "Name;Art;Ort;Mail-Dom\u00e4nen\n" + names.get(0) + ";Pfarrei;Reisedorf;" + domains.get(0)
                + "\nSchule Fehlweg;Schule;Fehlweg;fehl..test\n", StandardCharsets.UTF_8);
        ImportJob refused = new ImportJob(bad); // as File > Import Institutions... starts it once the file is chosen
        ImportProblems.showWhenRefused(refused, window);
        refused.schedule();
        Shell problem = ui.waitFor("the import's problems dialog", () -> Arrays.stream(ui.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && "import.problems".equals(s.getData(Widgets.ID_KEY)))
                .findFirst().orElse(null));
        String shown = ui.call(() -> text(problem, "import.problems.rows").getText());
        assertThat(shown, containsString("fehl..test"));
        assertThat(shown, containsString(bad.getFileName() + ":3:"));
        ui.screenshot("journey-import-refused");
        ui.run(problem::close);
        assertEquals("nothing stored", before, store.institutions().count());
        Path good = Files.createTempFile("journey", ".csv");
        StringBuilder rows = new StringBuilder("Name;Art;Ort;Mail-Dom\u00e4nen\n");
        for (int i = 0; i < 3; i++) {
            rows.append(names.get(i)).append(";Pfarrei;Reisedorf;").append(domains.get(i)).append('\n');
        }
        Files.writeString(good, rows, StandardCharsets.UTF_8);
        ImportJob imported = new ImportJob(good);
        imported.schedule();
        imported.join();
        assertEquals(before + 3, store.institutions().count());

        // new campaign: the three imported institutions, selected in the Institutions view, are its known cases
        ui.run(() -> {
            try {
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table institutions = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions");
        ui.run(() -> filter.setText(String.valueOf(nanos)));
        ui.waitUntil("the three imported", () -> institutions.getItemCount() == 3);
        ui.run(() -> {
            institutions.setFocus();
            institutions.selectAll();
            institutions.notifyListeners(SWT.Selection, new Event());
        });
        String title = "Hafnium Reise " + nanos;
        Shell wizard = commands.open(NewCampaignHandler.COMMAND_ID, "newCampaign.wizard");
        ui.run(() -> ui.findNow(wizard, Text.class, Widgets.withId("newCampaign.title")).orElseThrow().setText(title));
        commands.press(dialogButton(wizard, IDialogConstants.NEXT_ID));
        // the draw: the known cases and no random ones
        ui.run(() -> {
            Spinner size = ui.findNow(wizard, Spinner.class, Widgets.withId("sample.size")).orElseThrow();
            size.setSelection(0);
            size.notifyListeners(SWT.Modify, new Event());
        });
        commands.press(ui.find(wizard, Button.class, Widgets.withId("sample.preview"), "preview"));
        Table members = ui.find(wizard, Table.class, Widgets.withId("sample.members"), "members");
        ui.waitUntil("the three previewed", () -> members.getItemCount() == 3);
        commands.press(dialogButton(wizard, IDialogConstants.FINISH_ID));
        ui.waitUntil("the wizard closed", wizard::isDisposed);
        Campaign campaign = store.campaigns().list().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
        Tree tree = ui.find(window, Tree.class, Widgets.withId("campaigns.tree"), "campaigns");
        selectCampaign(commands, tree, title);
        ui.waitUntil("Draw Sample no longer offered", () -> !commands.enabled(DrawSampleHandler.COMMAND_ID));

        // rescan: cancelled once while the mail server keeps silent (nothing stored), then complete
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        commands.execute(RescanCampaignHandler.COMMAND_ID);
        ui.waitUntil("the rescan running", () -> Arrays.stream(Job.getJobManager().find(RescanJob.FAMILY))
                .anyMatch(j -> j.getState() == Job.RUNNING));
        Job.getJobManager().cancel(RescanJob.FAMILY);
        Job.getJobManager().join(RescanJob.FAMILY, null);
        Label status = ui.find(window, Label.class, Widgets.withId("delta.status"), "delta status");
        ui.waitUntil("the cancel reported", () -> status.getText().contains("was cancelled; nothing was stored"));
        assertEquals(0, new CampaignDesk(session).runs(campaign.getId()).size());
        smtp.close();
        smtp = WorkbenchCommands.restart("127.0.53.25", SmtpBehaviour.exchangeOnPrem("mail.journey.test"));
        AuditbenchUiPlugin.getDefault().getPreferenceStore().setValue(ScanPreferences.TIMEOUT_MILLIS, 1500);
        selectCampaign(commands, tree, title);
        commands.execute(RescanCampaignHandler.COMMAND_ID);
        ui.waitUntil("the run stored", () -> new CampaignDesk(session).runs(campaign.getId()).size() == 1);
        Job.getJobManager().join(RescanJob.FAMILY, null);
        ui.waitUntil("every case scanned", () -> cases(store, campaign).stream().allMatch(c -> c.getState() == CaseState.SCANNED));

        // letters, then sent
        selectCampaign(commands, tree, title);
        commands.execute(GenerateLettersHandler.COMMAND_ID);
        ui.waitUntil("three letters", () -> cases(store, campaign).stream().allMatch(c -> c.getState() == CaseState.LETTER_GENERATED));
        Job.getJobManager().join(LettersJob.FAMILY, null);
        selectCampaign(commands, tree, title);
        Shell sent = commands.open(LettersSentHandler.COMMAND_ID, "lettersSent.dialog");
        commands.press(dialogButton(sent, IDialogConstants.OK_ID));
        ui.waitUntil("the sending recorded", sent::isDisposed);
        ui.run(ui.shell("Letters sent")::close);
        ui.waitUntil("three letters sent", () -> cases(store, campaign).stream().allMatch(c -> c.getState() == CaseState.LETTER_SENT));

        // a statement with three measures from the first institution
        selectCase(commands, tree, title, names.get(0), "Letter sent");
        Shell statement = commands.open(RecordStatementHandler.COMMAND_ID, "statement.dialog");
        choose(statement, "statement.kind", StatementKind.ANSWER.getValue());
        ui.run(() -> text(statement, "statement.summary").setText("Patch eingespielt, Server gepr\u00fcft"));
        for (MeasureKind kind : List.of(MeasureKind.PATCH_INSTALLED, MeasureKind.MSERT, MeasureKind.CREDENTIAL_RESET)) {
            choose(statement, "statement.measureKind", kind.getValue());
            ui.run(() -> text(statement, "statement.measureText").setText("Ma\u00dfnahme " + kind.getName()));
            commands.press(ui.find(statement, Button.class, Widgets.withId("statement.addMeasure"), "add measure"));
        }
        Table measures = ui.find(statement, Table.class, Widgets.withId("statement.measures"), "measures");
        ui.waitUntil("three measures", () -> measures.getItemCount() == 3);
        commands.press(dialogButton(statement, IDialogConstants.OK_ID));
        ui.waitUntil("the statement dialog closed", statement::isDisposed);
        ui.run(ui.shell("Record statement")::close);

        // the assessment shows the statement and its gaps beside the verdict
        selectCase(commands, tree, title, names.get(0), "Statement received");
        Shell assess = commands.open(AssessCaseHandler.COMMAND_ID, "assessment.dialog");
        String beside = ui.call(() -> text(assess, "assessment.statement").getText());
        assertThat(beside, containsString("Patch eingespielt, Server gepr\u00fcft"));
        assertThat(beside, containsString("3. "));
        assertThat(beside, containsString("gap(s) found"));
        ui.screenshot("journey-assessment");
        choose(assess, "assessment.verdict", AssessmentVerdict.COMPLIANT.getValue());
        ui.run(() -> text(assess, "assessment.reasons").setText("Patch und Pr\u00fcfung belegt"));
        commands.press(dialogButton(assess, IDialogConstants.OK_ID));
        ui.waitUntil("the assessment dialog closed", assess::isDisposed);
        assertEquals(CaseState.ASSESSED, cases(store, campaign).stream()
                .filter(c -> c.getInstitution().getName().equals(names.get(0))).findFirst().orElseThrow().getState());

        // the campaign overview through Reports > Run Report... (the desktop's program replaced, as it would open the file)
        selectCampaign(commands, tree, title);
        Shell report = commands.open(RunReportHandler.COMMAND_ID, "runReport.dialog");
        Combo reports = ui.find(report, Combo.class, Widgets.withId("runReport.report"), "reports");
        choose(report, "runReport.report", ui.call(() -> List.of(reports.getItems())).indexOf("Campaign compliance overview"));
        Combo format = ui.find(report, Combo.class, Widgets.withId("runReport.format"), "formats");
        choose(report, "runReport.format", ui.call(() -> List.of(format.getItems())).indexOf("pdf"));
        Path pdf = Files.createTempDirectory("journey-report").resolve("campaign-overview.pdf");
        ui.run(() -> text(report, "runReport.file").setText(pdf.toString()));
        AtomicReference<Path> opened = new AtomicReference<>();
        ReportFiles.useOpener(opened::set);
        ui.screenshot("journey-run-report");
        commands.press(dialogButton(report, IDialogConstants.OK_ID));
        ui.waitUntil("the Run Report dialog closed", report::isDisposed);
        Job.getJobManager().join(ReportJob.FAMILY, null);
        ui.waitUntil("the written report opened", () -> pdf.equals(opened.get()));
        String text = pdfText(pdf);
        for (String name : names) {
            // the table cell wraps the run's number onto a line of its own
            assertThat(text, containsString(name.replace(" " + nanos, "")));
        }
    }

    private static void selectCampaign(WorkbenchCommands commands, Tree tree, String title) {
        commands.selectRow(tree, CampaignsView.ID, t -> WorkbenchCommands.topRow(t, title + " (3)"), "the campaign " + title);
    }

    private void selectCase(WorkbenchCommands commands, Tree tree, String title, String institution, String state) {
        commands.selectRow(tree, CampaignsView.ID, t -> {
            TreeItem campaignRow = WorkbenchCommands.topRow(t, title + " (3)");
            for (TreeItem item : campaignRow == null ? new TreeItem[0] : campaignRow.getItems()) {
                if (item.getText(0).equals(institution) && item.getText(1).equals(state)) {
                    return item;
                }
            }
            return null;
        }, institution + " shown as " + state);
    }

    private static List<AuditCase> cases(AuditStore store, Campaign campaign) {
        return store.campaigns().load(campaign.getId()).orElseThrow().getCases();
    }

    private Button dialogButton(Shell shell, int id) {
        return ui.find(shell, Button.class, b -> Integer.valueOf(id).equals(b.getData()), "button " + id);
    }

    private Text text(Shell shell, String id) {
        return ui.findNow(shell, Text.class, Widgets.withId(id)).orElseThrow(() -> new AssertionError("no text " + id));
    }

    private void choose(Shell dialog, String comboId, int index) {
        Combo combo = ui.find(dialog, Combo.class, Widgets.withId(comboId), comboId);
        ui.run(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("pdftotext ran", process.waitFor() == 0);
        return text.replaceAll("[ \t]+", " ");
    }
}
