package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.ChosenFiles;
import org.auditbench.ui.internal.export.ExportFindingsAnnexHandler;
import org.auditbench.ui.internal.export.ExportInstitutionsHandler;
import org.auditbench.ui.internal.export.ExportJob;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * File > Export writes the institutions as CSV and a campaign's findings annex as XLSX or PDF, as jobs,
 * into the file chosen; a failed export says where and why and leaves nothing half written.
 */
public class ExportTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @After
    public void nativeFileDialogAgain() {
        ChosenFiles.use(null);
    }

    @Test
    public void theInstitutionsAreExportedAsCsv() throws Exception {
        String name = "Kindergarten Sankt Jürgen " + System.nanoTime();
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName("st-juergen-" + System.nanoTime() + ".test");
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        Path csv = Files.createTempDirectory("export").resolve("einrichtungen.csv");
        ChosenFiles.use((shell, request) -> {
            assertTrue("asked for a file to write", request.save());
            return csv;
        });
        run(ExportInstitutionsHandler.COMMAND_ID);
        finished(csv);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue("with a byte order mark for spreadsheets", written.startsWith("\uFEFF"));
        assertThat(written, containsString(name));
        assertThat(written, containsString(domain.getName()));
    }

    @Test
    public void theFindingsAnnexOfTheSelectedCampaignIsExportedAsXlsxAndPdf() throws Exception {
        long tag = System.nanoTime();
        String title = "Hafnium Anlage " + tag;
        String domain = "gymnasium-" + tag + ".test";
        ScannedCase.create(title, "Gymnasium am Dom " + tag, domain);
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        TreeItem campaign = ui.waitFor("the campaign in the tree", () -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText(0).startsWith(title)).findFirst().orElse(null));
        ui.run(() -> {
            tree.setFocus();
            tree.setSelection(campaign);
            tree.notifyListeners(SWT.Selection, new Event());
        });
        Path folder = Files.createTempDirectory("annex");
        Path xlsx = folder.resolve("anlage.xlsx");
        ChosenFiles.use((shell, request) -> xlsx);
        run(ExportFindingsAnnexHandler.COMMAND_ID);
        finished(xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(strings, containsString(domain));
        }

        Path pdf = folder.resolve("anlage.pdf");
        ChosenFiles.use((shell, request) -> pdf);
        run(ExportFindingsAnnexHandler.COMMAND_ID);
        finished(pdf);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    public void anExportThatCannotBeWrittenSaysWhereAndLeavesNothing() throws Exception {
        Path folder = Files.createTempDirectory("export-refused");
        Path csv = folder.resolve("gone").resolve("einrichtungen.csv");
        ChosenFiles.use((shell, request) -> csv);
        run(ExportInstitutionsHandler.COMMAND_ID);
        Shell error = ui.waitFor("the error shown", () -> {
            for (Shell shell : ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && shown(shell).contains("nothing was written there")) {
                    return shell;
                }
            }
            return null;
        });
        assertThat(shown(error), containsString(csv.toString()));
        ui.screenshot("export-failed");
        ui.run(error::close);
        Job.getJobManager().join(ExportJob.FAMILY, null);
        assertFalse(Files.exists(csv.getParent()));
        try (var left = Files.list(folder)) {
            assertEquals("no partial file left", 0, left.count());
        }
    }

    /** Waits for the export job (BIRT's first start may take a while on a busy machine), then for its file. */
    private void finished(Path file) throws InterruptedException {
        ui.waitUntil("the export started", () -> Job.getJobManager().find(ExportJob.FAMILY).length > 0 || Files.exists(file));
        Job.getJobManager().join(ExportJob.FAMILY, null);
        assertTrue(file + " written", Files.exists(file));
    }

    private String shown(Shell shell) {
        return ui.call(() -> String.join("\n", ui.all(shell, Control.class).stream().map(Widgets::textOf).filter(t -> t != null).toList()));
    }

    /** Asynchronously, as a menu would. */
    private void run(String commandId) {
        new WorkbenchCommands(ui, ui.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage())).execute(commandId);
    }
}
