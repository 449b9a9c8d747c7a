package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.reports.ReportFiles;
import org.auditbench.ui.internal.reports.ReportJob;
import org.auditbench.ui.internal.reports.RunReportHandler;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * Run Report... on the Campaigns view: enabled only on something a report runs on, the dialog offers the
 * reports of the selection's scope and the formats each declares, and the job writes the file that then
 * opens (the save dialog and the desktop's program replaced, as a click would use them).
 */
public class RunReportTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @After
    public void restoreTheDesktop() {
        ReportFiles.useChooser(null);
        ReportFiles.useOpener(null);
    }

    @Test
    public void aCampaignsAnnexIsWrittenAndOpenedThenTheCaseOffersItsReports() throws Exception {
        long tag = System.nanoTime();
        String title = "Berichte " + tag;
        ScannedCase.create(title, "Gemeinde Berichtsdorf " + tag, "berichtsdorf-" + tag + ".test");
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        TreeItem campaignItem = ui.waitFor("the campaign listed", () -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText(0).equals(title + " (1)")).findFirst().orElse(null));
        select(tree, null);
        ui.waitUntil("nothing selected: nothing to report on", () -> !enabled(page));
        select(tree, campaignItem);
        ui.waitUntil("a campaign selected: its reports are offered", () -> enabled(page));
        MenuItem inMenu = ui.menuItem(ui.call(() -> page.getWorkbenchWindow().getShell()), "Reports", "Run Report...");
        assertTrue("Reports > Run Report... enabled", ui.call(inMenu::isEnabled));

        Shell dialog = open(page);
        Combo reports = ui.find(dialog, Combo.class, Widgets.withId("runReport.report"), "reports");
        List<String> offered = ui.call(() -> List.of(reports.getItems()));
        assertTrue(offered.toString(), offered.containsAll(List.of("Campaign compliance overview", "Findings annex", "Scan delta")));
        assertFalse("a dossier is not run on a campaign", offered.contains("Institution dossier"));
        ui.run(() -> {
            reports.select(offered.indexOf("Findings annex"));
            reports.notifyListeners(SWT.Selection, new Event());
        });
        Combo formats = ui.find(dialog, Combo.class, Widgets.withId("runReport.format"), "formats");
        assertEquals("only the formats the annex declares", List.of("xlsx", "pdf"), ui.call(() -> List.of(formats.getItems())));
        Text file = ui.find(dialog, Text.class, Widgets.withId("runReport.file"), "file");
        assertEquals("findings-annex_Berichte-" + tag + "_" + LocalDate.now() + ".xlsx",
                Path.of(ui.call(file::getText)).getFileName().toString());
        Path folder = Files.createTempDirectory("reports");
        Path chosen = folder.resolve("Anlage Prüfaktion.xlsx");
        ReportFiles.useChooser((shell, proposed) -> chosen);
        ui.click(ui.find(dialog, Button.class, Widgets.withId("runReport.browse"), "browse"));
        ui.waitUntil("the chosen file shown", () -> file.getText().equals(chosen.toString()));
        AtomicReference<Path> opened = new AtomicReference<>();
        ReportFiles.useOpener(opened::set);
        ui.screenshot("run-report-dialog");
        ui.click(okButton(dialog));
        ui.waitUntil("the dialog closed", dialog::isDisposed);
        Job.getJobManager().join(ReportJob.FAMILY, null);
        ui.waitUntil("the written report opened", () -> chosen.equals(opened.get()));
        try (ZipFile xlsx = new ZipFile(chosen.toFile())) {
            assertTrue("a workbook", xlsx.getEntry("xl/workbook.xml") != null);
        }
        try (java.util.stream.Stream<Path> written = Files.list(folder)) {
            assertEquals("no partial file left", List.of(chosen), written.toList());
        }

        // the case: its own reports, proposed in the folder used last
        ui.run(() -> campaignItem.setExpanded(true));
        TreeItem caseItem = ui.waitFor("the case listed", () -> campaignItem.getItemCount() == 1 ? campaignItem.getItem(0) : null);
        select(tree, caseItem);
        Shell caseDialog = open(page);
        Combo caseReports = ui.find(caseDialog, Combo.class, Widgets.withId("runReport.report"), "reports");
        List<String> forTheCase = ui.call(() -> List.of(caseReports.getItems()));
        assertTrue(forTheCase.toString(), forTheCase.contains("Institution dossier"));
        assertFalse(forTheCase.toString(), forTheCase.contains("Findings annex"));
        Text caseFile = ui.find(caseDialog, Text.class, Widgets.withId("runReport.file"), "file");
        assertEquals("the folder remembered", folder, Path.of(ui.call(caseFile::getText)).getParent());
        ui.run(caseDialog::close);
    }

    /** The delta report asks for its two runs (the last two offered), as {@code --runs A B} does, and compares those chosen. */
    @Test
    public void theDeltaComparesTheTwoScanRunsChosen() throws Exception {
        long tag = System.nanoTime();
        String title = "Vergleich " + tag;
        ScannedCase scanned = ScannedCase.create(title, "Gemeinde Vergleichsdorf " + tag, "vergleichsdorf-" + tag + ".test");
        long first = scanned.rescan().getId();
        long second = scanned.rescan().getId();
        long third = scanned.rescan().getId();
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        select(tree, ui.waitFor("the campaign listed", () -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText(0).equals(title + " (1)")).findFirst().orElse(null)));
        Shell dialog = open(page);
        Combo earlier = ui.find(dialog, Combo.class, Widgets.withId("runReport.earlierRun"), "the earlier run");
        Combo later = ui.find(dialog, Combo.class, Widgets.withId("runReport.laterRun"), "the later run");
        assertFalse("no runs to choose for the overview", ui.call(earlier::isVisible));
        Combo reports = ui.find(dialog, Combo.class, Widgets.withId("runReport.report"), "reports");
        ui.run(() -> {
            reports.select(List.of(reports.getItems()).indexOf("Scan delta"));
            reports.notifyListeners(SWT.Selection, new Event());
        });
        assertTrue("the runs offered for the delta", ui.call(earlier::isVisible));
        List<String> offered = ui.call(() -> List.of(earlier.getItems()));
        assertEquals(offered.toString(), 3, offered.size());
        assertTrue(offered.toString(), offered.get(0).startsWith("#" + first + " of "));
        assertEquals("the default: the last two", List.of(offered.get(1), offered.get(2)),
                ui.call(() -> List.of(earlier.getText(), later.getText())));
        ui.run(() -> {
            later.select(1);
            later.notifyListeners(SWT.Selection, new Event());
        });
        Button run = okButton(dialog);
        assertFalse("one run is not compared with itself", ui.call(run::isEnabled));
        ui.run(() -> {
            earlier.select(0);
            earlier.notifyListeners(SWT.Selection, new Event());
            later.select(2);
            later.notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(ui.call(run::isEnabled));
        Path chosen = Files.createTempDirectory("delta").resolve("delta.pdf");
        ReportFiles.useChooser((shell, proposed) -> chosen);
        ui.click(ui.find(dialog, Button.class, Widgets.withId("runReport.browse"), "browse"));
        AtomicReference<Path> opened = new AtomicReference<>();
        ReportFiles.useOpener(opened::set);
        ui.screenshot("run-report-delta");
        ui.click(run);
        ui.waitUntil("the dialog closed", dialog::isDisposed);
        Job.getJobManager().join(ReportJob.FAMILY, null);
        ui.waitUntil("the written report opened", () -> chosen.equals(opened.get()));
        String text = pdfText(chosen);
        assertTrue(text, text.contains("Scan run " + first + " of"));
        assertTrue(text, text.contains("scan run " + third + " of"));
        assertFalse("the run left out is not compared: " + text, text.contains("run " + second + " "));
    }

    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(text, 0, process.waitFor());
        return text.replaceAll("\\s+", " ");
    }

    private void select(Tree tree, TreeItem item) {
        ui.run(() -> {
            tree.setFocus();
            if (item == null) {
                tree.deselectAll();
            } else {
                tree.setSelection(item);
            }
            tree.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Whether Run Report... is enabled; called on the UI thread (by waitUntil). */
    private static boolean enabled(IWorkbenchPage page) {
        return WorkbenchCommands.enabledNow(page, RunReportHandler.COMMAND_ID);
    }

    private Shell open(IWorkbenchPage page) {
        new WorkbenchCommands(ui, page).execute(RunReportHandler.COMMAND_ID);
        return ui.waitFor("the Run Report dialog", () -> {
            for (Shell shell : ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && "runReport.dialog".equals(shell.getData(Widgets.ID_KEY))) {
                    return shell;
                }
            }
            return null;
        });
    }

    private Button okButton(Shell dialog) {
        return ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()), "the Run button");
    }
}
