package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.campaigns.GenerateLettersHandler;
import org.auditbench.ui.internal.campaigns.LettersJob;
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
import org.junit.Rule;
import org.junit.Test;

/** The Campaigns view shows where each case stands; Generate Letters writes the PDFs and moves the cases on. */
public class CampaignsViewTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void generateLettersForAScannedCampaign() throws Exception {
        AuditStore store = WorkbenchStore.get();
        String title = "Hafnium UI " + System.nanoTime();
        Campaign campaign = ScannedCase.create(title, "Schule am Prüfweg " + System.nanoTime(), "schule-pruefweg-" + System.nanoTime() + ".test")
                .campaign();

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        TreeItem campaignItem = ui.waitFor("the campaign in the tree", () -> item(tree, title + " (1)"));
        ui.waitUntil("the case shown as scanned", () -> campaignItem.getItemCount() == 1
                && "Scanned".equals(campaignItem.getItem(0).getText(1)));
        ui.run(() -> {
            tree.setFocus();
            tree.setSelection(campaignItem);
            tree.notifyListeners(SWT.Selection, new Event());
        });
        new WorkbenchCommands(ui, page).execute(GenerateLettersHandler.COMMAND_ID);
        ui.waitUntil("the letter to be recorded", () -> store.campaigns().load(campaign.getId()).orElseThrow().getCases()
                .get(0).getState() == CaseState.LETTER_GENERATED);
        Job.getJobManager().join(LettersJob.FAMILY, null);
        AuditCase stored = store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0);
        Path pdf = Path.of(stored.getLetters().get(0).getDocumentName());
        assertTrue(pdf + " written", Files.size(pdf) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        ui.waitUntil("the tree to show the new state", () -> {
            TreeItem item = item(tree, title + " (1)");
            return item != null && item.getItemCount() == 1 && "Letter generated".equals(item.getItem(0).getText(1));
        });
        ui.screenshot("campaigns");
    }

    @Test
    public void aCaseWithoutAUsableResultIsNamedWithTheReason() throws Exception {
        long nanos = System.nanoTime();
        String title = "Hafnium UI ohne Adresse " + nanos;
        String domain = "kita-" + nanos + ".test";
        Campaign campaign = ScannedCase.createWithoutAddress(title, "Kita Regenbogen " + nanos, domain).campaign();
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        TreeItem campaignItem = ui.waitFor("the campaign in the tree", () -> item(tree, title + " (1)"));
        ui.run(() -> {
            tree.setFocus();
            tree.setSelection(campaignItem);
            tree.notifyListeners(SWT.Selection, new Event());
        });
        new WorkbenchCommands(ui, page).execute(GenerateLettersHandler.COMMAND_ID);
        Shell warning = ui.shell("Generate letters");
        String shown = ui.call(() -> String.join("\n", ui.all(warning, Control.class).stream().map(Widgets::textOf)
                .filter(t -> t != null).toList()));
        assertThat(shown, containsString("Kita Regenbogen " + nanos + ": no letter: mail server mx." + domain + " of " + domain
                + " has no address"));
        assertThat(shown, containsString("0 letters written"));
        ui.screenshot("letters-skipped");
        ui.run(warning::close);
        assertEquals(CaseState.SCANNED, WorkbenchStore.get().campaigns().load(campaign.getId()).orElseThrow().getCases().get(0).getState());
    }

    /** The shell the command was chosen from may be gone when the job ends: the warning shows all the same. */
    @Test
    public void theWarningShowsEvenWhenTheShellItWasAskedFromIsGone() throws Exception {
        long nanos = System.nanoTime();
        String title = "Hafnium UI ohne Fenster " + nanos;
        Campaign campaign = ScannedCase.createWithoutAddress(title, "Kita Sonnenschein " + nanos, "kita-" + nanos + ".test").campaign();
        ui.run(() -> {
            Shell asking = new Shell(ui.display());
            new LettersJob(campaign.getId(), title).scheduleShowingWarnings(asking);
            asking.dispose(); // at once: the job, which reads the store first, cannot have ended yet
        });
        Shell warning = ui.shell("Generate letters");
        String shown = ui.call(() -> String.join("\n", ui.all(warning, Control.class).stream().map(Widgets::textOf)
                .filter(t -> t != null).toList()));
        assertThat(shown, containsString("Kita Sonnenschein " + nanos + ": no letter"));
        ui.run(warning::close);
    }

    private static TreeItem item(Tree tree, String text) {
        for (TreeItem item : tree.getItems()) {
            if (text.equals(item.getText(0))) {
                item.setExpanded(true);
                return item;
            }
        }
        return null;
    }
}
