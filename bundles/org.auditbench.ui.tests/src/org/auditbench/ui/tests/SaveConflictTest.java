package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.store.InstitutionRepository;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditorInput;
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
 * The institution editor saving over a change somebody else stored after it was opened (here through the
 * repository behind the editor's back): the Save Conflict dialog names what, who and when; Keep Editing
 * leaves the edits unsaved, Overwrite saves them over the other change, Reload shows the stored state.
 */
public class SaveConflictTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final InstitutionRepository institutions = WorkbenchStore.get().institutions();
    private Institution institution;
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void storeAnInstitution() {
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Pfarrei Konfliktheim " + System.nanoTime());
        institution.setCity("Konfliktheim");
        institutions.save(institution);
    }

    @After
    public void closeAndForget() {
        ui.run(() -> page.closeAllEditors(false));
        institutions.load(institution.getId()).ifPresent(institutions::delete);
        WorkbenchStore.changed();
    }

    @Test
    public void keepEditingThenOverwriteThenReload() {
        InstitutionEditor editor = open();
        retype(editor, "Editorstadt");
        changeBehindTheEditorsBack("Fremdstadt");

        Shell conflict = save(editor);
        String message = ui.call(() -> ui.all(conflict, Label.class).stream().map(Widgets::textOf)
                .filter(text -> text.contains("was changed by")).findFirst().orElse(""));
        assertThat(message, containsString(institution.getName() + " was changed by " + WorkbenchStore.get().actor() + " on "));
        assertThat("the differing field, stored and own", message, containsString("City: \"Fremdstadt\" / \"Editorstadt\""));
        ui.screenshot("save-conflict");
        ui.clickButton(conflict, "Keep Editing");
        ui.waitUntil("the dialog closed", conflict::isDisposed);
        assertTrue("the edits stay unsaved", ui.call(editor::isDirty));
        assertEquals("Fremdstadt", stored().getCity());

        Shell again = save(editor);
        ui.clickButton(again, "Overwrite");
        ui.waitUntil("the editor saved", () -> !editor.isDirty());
        assertEquals("the edits saved over the other change", "Editorstadt", stored().getCity());

        // edits first: an editor without edits would follow the other change at once
        retype(editor, "Verworfenstadt");
        changeBehindTheEditorsBack("Drittstadt");
        Shell third = save(editor);
        ui.clickButton(third, "Reload");
        InstitutionEditor reloaded = ui.waitFor("the editor opened anew", () -> page.getActiveEditor() instanceof InstitutionEditor now
                && now != editor ? now : null);
        assertNotSame(editor, reloaded);
        assertEquals("the stored state shown", "Drittstadt", ui.call(() -> city().getText()));
        assertEquals("Drittstadt", stored().getCity());
        assertTrue("nothing to save", !ui.call(reloaded::isDirty));
    }

    /**
     * The stored state read for an editor without edits, arriving after the editor saved: the editor keeps
     * what it saved. Before, it showed the older state again and took its version, so the next save was
     * refused as a conflict with itself.
     */
    @Test
    public void aReadBegunBeforeTheSaveDoesNotTakeTheEditorBack() {
        InstitutionEditor editor = open();
        Text field = city();
        String name = institution.getName();
        AtomicReference<String> shownNext = new AtomicReference<>();
        ui.run(() -> {
            editor.storeChanged();
            PendingReads.awaitNone(name);
            field.setText("Gespeichertstadt");
            editor.doSave(new NullProgressMonitor());
            // runs after the earlier read's result and before the result of the read the save asks for
            ui.display().asyncExec(() -> shownNext.set(field.getText()));
        });
        ui.waitUntil("the earlier read's result shown", () -> shownNext.get() != null);
        assertEquals("the saved value stays in the editor", "Gespeichertstadt", shownNext.get());

        retype(editor, "Danachstadt");
        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        Shell conflict = ui.waitFor("saved, or a conflict", () -> !editor.isDirty() ? window
                : Arrays.stream(ui.display().getShells()).filter(shell -> shell.isVisible() && "Save Conflict".equals(shell.getText()))
                        .findFirst().orElse(null));
        if (conflict != window) {
            ui.clickButton(conflict, "Keep Editing");
            throw new AssertionError("a Save Conflict over the editor's own save");
        }
        assertEquals("Danachstadt", stored().getCity());
    }

    private InstitutionEditor open() {
        return ui.call(() -> {
            try {
                return (InstitutionEditor) page.openEditor(new InstitutionEditorInput(institution.getId(), institution.getName()),
                        InstitutionEditor.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Text city() {
        return ui.find(window, Text.class, Widgets.withId("editor.city"), "city field");
    }

    private void retype(InstitutionEditor editor, String city) {
        Text field = city();
        ui.run(() -> {
            field.setFocus();
            field.selectAll();
        });
        ui.type(city);
        ui.waitUntil("the editor to be dirty", editor::isDirty);
    }

    /** Another auditor's save: a copy of its own, loaded and saved through the repository. */
    private void changeBehindTheEditorsBack(String city) {
        Institution other = stored();
        other.setCity(city);
        institutions.save(other);
    }

    private Institution stored() {
        return institutions.load(institution.getId()).orElseThrow();
    }

    private Shell save(InstitutionEditor editor) {
        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        return ui.shell("Save Conflict");
    }
}
