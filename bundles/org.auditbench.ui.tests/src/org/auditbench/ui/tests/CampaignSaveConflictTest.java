package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.Campaign;
import org.auditbench.store.CampaignRepository;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The campaign editor saving its title over another auditor's newer title (stored through the repository
 * behind the editor's back): the save goes through the version the editor read, so it is refused and the
 * Save Conflict dialog names who changed what, with both titles; Keep Editing keeps the edit unsaved,
 * Overwrite saves it deliberately.
 */
public class CampaignSaveConflictTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private final CampaignRepository campaigns = WorkbenchStore.get().campaigns();
    private Campaign campaign;
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void storeTheCampaign() throws Exception {
        WorkflowSession session = new WorkflowSession(WorkbenchStore.get(), "pruefer", Clock.systemDefaultZone(),
                CampaignTemplates.builtIn());
        campaign = new CampaignDesk(session).create("proxylogon-2021", "Konflikt " + tag);
        WorkbenchStore.changed();
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        ui.run(() -> page.closeAllEditors(false));
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeAndForget() {
        ui.run(() -> page.closeAllEditors(false));
        campaigns.load(campaign.getId()).ifPresent(campaigns::delete);
        WorkbenchStore.changed();
    }

    @Test
    public void aTitleSavedOverAnotherAuditorsTitleIsRefusedUntilOverwrittenDeliberately() {
        CampaignEditor editor = ui.call(() -> {
            try {
                return CampaignEditor.open(page, campaign.getId(), campaign.getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Text title = ui.find(window, Text.class, Widgets.withId("campaign.title"), "title field");
        ui.waitUntil("the title shown", () -> ("Konflikt " + tag).equals(title.getText()));
        ui.run(() -> {
            title.setFocus();
            title.selectAll();
        });
        ui.type("Meiner " + tag);
        ui.waitUntil("dirty", editor::isDirty);

        Campaign others = campaigns.load(campaign.getId()).orElseThrow();
        others.setTitle("Fremder " + tag);
        campaigns.save(others);

        Shell conflict = save(editor);
        String message = ui.call(() -> ui.all(conflict, Label.class).stream().map(Widgets::textOf)
                .filter(text -> text.contains("was changed by")).findFirst().orElse(""));
        assertThat(message, containsString(" was changed by " + WorkbenchStore.get().actor() + " on "));
        assertThat("the stored title beside the own", message, containsString("Fremder " + tag));
        assertThat(message, containsString("Meiner " + tag));
        ui.clickButton(conflict, "Keep Editing");
        ui.waitUntil("the dialog closed", conflict::isDisposed);
        assertTrue("the edit stays unsaved", ui.call(editor::isDirty));
        assertEquals("the other title kept", "Fremder " + tag, stored().getTitle());

        Shell again = save(editor);
        ui.clickButton(again, "Overwrite");
        ui.waitUntil("the editor saved", () -> !editor.isDirty());
        assertEquals("Meiner " + tag, stored().getTitle());

        retype(editor, title, "Nochmal " + tag);
        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("saved again without a conflict (the editor knows its own version)", () -> !editor.isDirty());
        assertEquals("Nochmal " + tag, stored().getTitle());
    }

    /**
     * A read begun before a save (another client's change seen, a view's reload) whose result arrives
     * after it: the editor keeps the version it saved, not the older one read, so the next save goes
     * through. Before, the editor took the older version and title back, and the next save was a conflict.
     */
    @Test
    public void aReadBegunBeforeTheSaveDoesNotTakeTheEditorBack() {
        CampaignEditor editor = openEditor();
        Text title = ui.find(window, Text.class, Widgets.withId("campaign.title"), "title field");
        ui.waitUntil("the title shown", () -> ("Konflikt " + tag).equals(title.getText()));
        AtomicReference<String> shownNext = new AtomicReference<>();
        ui.run(() -> {
            editor.storeChanged();
            PendingReads.awaitNone(String.valueOf(tag));
            title.setText("Gespeichert " + tag);
            editor.doSave(new NullProgressMonitor());
            // runs after the earlier read's result and before the result of the read the save asks for
            ui.display().asyncExec(() -> shownNext.set(title.getText()));
        });
        ui.waitUntil("the earlier read's result shown", () -> shownNext.get() != null);
        assertEquals("the saved value stays in the editor", "Gespeichert " + tag, shownNext.get());
        assertEquals("Gespeichert " + tag, stored().getTitle());

        retype(editor, title, "Danach " + tag);
        saveWithoutConflict(editor);
        assertEquals("Danach " + tag, stored().getTitle());
    }

    private CampaignEditor openEditor() {
        return ui.call(() -> {
            try {
                return CampaignEditor.open(page, campaign.getId(), campaign.getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Saves; a Save Conflict dialog is closed (Keep Editing) and fails the test rather than hanging it. */
    private void saveWithoutConflict(CampaignEditor editor) {
        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        Shell conflict = ui.waitFor("saved, or a conflict", () -> !editor.isDirty() ? window
                : Arrays.stream(ui.display().getShells()).filter(shell -> shell.isVisible() && "Save Conflict".equals(shell.getText())).findFirst().orElse(null));
        if (conflict != window) {
            ui.clickButton(conflict, "Keep Editing");
            throw new AssertionError("a Save Conflict over the editor's own save");
        }
    }

    private void retype(CampaignEditor editor, Text title, String text) {
        ui.run(() -> {
            title.setFocus();
            title.selectAll();
        });
        ui.type(text);
        ui.waitUntil("dirty", editor::isDirty);
    }

    private Campaign stored() {
        return campaigns.load(campaign.getId()).orElseThrow();
    }

    private Shell save(CampaignEditor editor) {
        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        return ui.shell("Save Conflict");
    }
}
