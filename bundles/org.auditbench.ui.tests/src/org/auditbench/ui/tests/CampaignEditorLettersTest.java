package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.campaigns.LettersJob;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The campaign editor's Letters page writes one case's letter again (from the data as corrected since,
 * until it is sent; then the workflow's refusal is shown with its reason), a run that writes no letter
 * says why, and the Overview page lists the campaign's reports, each opening the Run Report dialog on it.
 */
public class CampaignEditorLettersTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void closeOtherEditors() {
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        // another test's editor would hold fields with the same ids
        ui.run(() -> page.closeAllEditors(false));
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeEditorsAndDialogs() {
        new WorkbenchCommands(ui, page).closeDialogs();
        ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    public void oneLetterIsWrittenAgainFromCorrectedDataUntilItIsSent() throws Exception {
        ScannedCase scanned = ScannedCase.createNumbered("Neu schreiben " + tag, "Pfarrei Tippfehler " + tag, "tippfehler-" + tag + ".test",
                "LT-{seq:3}");
        CampaignEditor editor = open(scanned);
        Table letters = lettersPage(editor);
        assertEquals("the case's own file number", "LT-001", ui.call(() -> letters.getItem(0).getText(1)));
        Button regenerate = ui.find(window, Button.class, Widgets.withId("campaign.letters.regenerate"), "Regenerate Letter");
        assertFalse("nothing selected", ui.call(regenerate::isEnabled));
        selectFirstRow(letters);
        ui.waitUntil("enabled for the case", regenerate::isEnabled);
        press(regenerate);
        Job.getJobManager().join(LettersJob.FAMILY, null);
        Letter first = ui.waitFor("the letter recorded", () -> letter(scanned));
        Path file = Path.of(first.getDocumentName());
        assertThat(pdfText(file), containsString("Pfarrei Tippfehler " + tag));

        // the name is corrected in the register: the letter written again names the institution rightly
        Institution corrected = WorkbenchStore.get().institutions().load(scanned.institution().getId()).orElseThrow();
        corrected.setName("Pfarrei Richtig " + tag);
        WorkbenchStore.get().institutions().save(corrected);
        WorkbenchStore.changed();
        ui.waitUntil("the corrected name shown", () -> Arrays.stream(letters.getItems())
                .anyMatch(i -> i.getText(0).equals("Pfarrei Richtig " + tag)));
        selectFirstRow(letters);
        ui.waitUntil("enabled for the case", regenerate::isEnabled);
        press(regenerate);
        Job.getJobManager().join(LettersJob.FAMILY, null);
        Path again = ui.waitFor("the letter written again", () -> {
            Letter now = letter(scanned);
            return now != null && !now.getDocumentName().equals(first.getDocumentName()) ? Path.of(now.getDocumentName()) : null;
        });
        String text = pdfText(again);
        assertThat(text, containsString("Pfarrei Richtig " + tag));
        assertFalse("the letter with the wrong name is gone", Files.exists(file));
        assertEquals(CaseState.LETTER_GENERATED, auditCase(scanned).getState());

        // sent: written no more, and the auditor is told why
        scanned.desk().recordLetterSent(scanned.campaign().getId(), scanned.institution().getId(), LocalDate.now(),
                LocalDate.now().plusDays(28));
        WorkbenchStore.changed();
        byte[] sent = Files.readAllBytes(again);
        ui.waitUntil("the sending shown", () -> Arrays.stream(letters.getItems()).anyMatch(i -> !i.getText(4).isEmpty()));
        selectFirstRow(letters);
        ui.waitUntil("enabled for the case", regenerate::isEnabled);
        press(regenerate);
        Shell refusal = ui.shell("Generate letters");
        String reason = ui.call(() -> ui.findNow(refusal, Label.class, l -> l.getText().contains("Richtig")).orElseThrow().getText());
        assertThat(reason, containsString("cannot generate the letter"));
        assertThat(reason, containsString("the case is at 'letter sent'"));
        ui.screenshot("campaign-editor-letter-refused");
        ui.run(refusal::close);
        assertArrayEquals("the sent letter is left as it was", sent, Files.readAllBytes(again));
    }

    @Test
    public void aRunThatWritesNoLetterSaysWhy() throws Exception {
        ScannedCase scanned = ScannedCase.createWithoutAddress("Kein Schreiben " + tag, "Schule Ohneadresse " + tag,
                "ohneadresse-" + tag + ".test");
        CampaignEditor editor = open(scanned);
        Table letters = lettersPage(editor);
        press(ui.find(window, Button.class, Widgets.withId("campaign.letters.generate"), "Generate Letters"));
        Shell warning = ui.shell("Generate letters");
        String said = ui.call(() -> ui.findNow(warning, Label.class, l -> l.getText().contains("0 letters written")).orElseThrow()
                .getText());
        assertThat(said, containsString("Schule Ohneadresse " + tag + ": no letter: mail server mx.ohneadresse-" + tag
                + ".test of ohneadresse-" + tag + ".test has no address"));
        assertThat(said, containsString("0 letters written: 1 case(s) without a usable Phase 1 result"));
        ui.run(warning::close);

        // one case, written again: the same reason
        selectFirstRow(letters);
        Button regenerate = ui.find(window, Button.class, Widgets.withId("campaign.letters.regenerate"), "Regenerate Letter");
        ui.waitUntil("enabled for the case", regenerate::isEnabled);
        press(regenerate);
        Shell again = ui.shell("Generate letters");
        assertTrue(ui.call(() -> ui.findNow(again, Label.class, l -> l.getText().contains("has no address")).isPresent()));
        ui.run(again::close);
        assertEquals("no letter recorded", null, letter(scanned));
    }

    @Test
    public void theOverviewListsTheCampaignsReportsEachOpeningTheRunReportDialog() throws Exception {
        ScannedCase scanned = ScannedCase.create("Berichte Übersicht " + tag, "Kita Bericht " + tag, "bericht-" + tag + ".test");
        CampaignEditor editor = open(scanned);
        ui.run(() -> editor.setActivePage("overview"));
        ui.flush();
        for (String report : List.of("campaign-overview", "findings-annex", "scan-delta")) {
            ui.find(window, Hyperlink.class, Widgets.withId("campaign.report." + report), report);
        }
        assertFalse("a dossier is not a campaign's report",
                ui.call(() -> ui.findNow(window, Hyperlink.class, Widgets.withId("campaign.report.institution-dossier")).isPresent()));
        Hyperlink annex = ui.find(window, Hyperlink.class, Widgets.withId("campaign.report.findings-annex"), "the annex");
        assertEquals("Findings annex", ui.call(annex::getText));
        activate(annex);
        Shell dialog = ui.waitFor("the Run Report dialog", () -> Arrays.stream(ui.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && "runReport.dialog".equals(s.getData(Widgets.ID_KEY)))
                .findFirst().orElse(null));
        Combo report = ui.find(dialog, Combo.class, Widgets.withId("runReport.report"), "report");
        assertEquals("the report clicked is chosen", "Findings annex", ui.call(report::getText));
        assertThat(ui.call(dialog::getText), containsString("Run Report"));
        ui.screenshot("campaign-editor-overview-report");
        ui.run(dialog::close);
    }

    /**
     * Presses a button as a click does, but from a runnable of its own: a warning the job shows when it ends
     * must not open inside the driver's flush, which would wait for the modal dialog forever.
     */
    private void press(Button button) {
        ui.waitUntil("the button enabled", button::isEnabled);
        ui.display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    /** Clicks a link (mouse down and up inside it) from a runnable of its own, as the dialog it opens is modal. */
    static void activate(Hyperlink link, UiDriver ui) {
        ui.display().asyncExec(() -> {
            for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
                Event event = new Event();
                event.button = 1;
                event.x = 1;
                event.y = 1;
                link.notifyListeners(type, event);
            }
        });
    }

    private void activate(Hyperlink link) {
        activate(link, ui);
    }

    private CampaignEditor open(ScannedCase scanned) {
        return ui.call(() -> {
            try {
                return CampaignEditor.open(page, scanned.campaign().getId(), scanned.campaign().getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Table lettersPage(CampaignEditor editor) {
        ui.run(() -> editor.setActivePage("letters"));
        ui.flush();
        Table letters = ui.find(window, Table.class, Widgets.withId("campaign.letters"), "letters");
        ui.waitUntil("the case listed", () -> letters.getItemCount() == 1);
        return letters;
    }

    private void selectFirstRow(Table table) {
        ui.run(() -> {
            table.setFocus();
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static AuditCase auditCase(ScannedCase scanned) {
        return WorkbenchStore.get().campaigns().load(scanned.campaign().getId()).orElseThrow().getCases().get(0);
    }

    /** The case's request letter as stored, null while there is none. */
    private static Letter letter(ScannedCase scanned) {
        List<Letter> letters = auditCase(scanned).getLetters();
        return letters.isEmpty() ? null : letters.get(letters.size() - 1);
    }

    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(text, 0, process.waitFor());
        return text.replaceAll("\\s+", " ");
    }
}
