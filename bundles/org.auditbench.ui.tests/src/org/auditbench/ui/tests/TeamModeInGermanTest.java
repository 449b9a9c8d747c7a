package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assume.assumeTrue;

import java.util.Locale;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.store.InstitutionRepository;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditorInput;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.widgets.Button;
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
 * The team mode's screens in German (the build's {@code -nl de} run; skipped in the English one): the
 * Database preference page and the Save Conflict dialog, with screenshots of both.
 */
public class TeamModeInGermanTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private IWorkbenchPage page;
    private Shell window;
    private Institution institution;

    @Before
    public void onlyInGerman() {
        assumeTrue("runs with -nl de", Locale.getDefault().getLanguage().equals("de"));
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeEverything() {
        if (page == null) {
            return;
        }
        ui.run(() -> {
            for (Shell shell : ui.display().getShells()) {
                if (shell != window && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
            page.closeAllEditors(false);
        });
        if (institution != null) {
            InstitutionRepository institutions = WorkbenchStore.get().institutions();
            institutions.load(institution.getId()).ifPresent(institutions::delete);
            WorkbenchStore.changed();
        }
    }

    @Test
    public void theDatabasePageInGerman() {
        Shell dialog = PreferencePages.open(ui, DatabasePreferencesTest.PAGE, "database.url");
        ui.find(dialog, Button.class, Widgets.withText("Eingebettet (nur dieser Rechner)"), "the embedded choice");
        ui.find(dialog, Button.class, Widgets.withText("Server (PostgreSQL, gemeinsam im Team)"), "the server choice");
        ui.find(dialog, Label.class, Widgets.withText("Benutzer:"), "the user's label");
        ui.screenshot("preferences-database-de");
        ui.clickButton(dialog, "Abbrechen");
        ui.waitUntil("the preferences closed", dialog::isDisposed);
    }

    @Test
    public void theSaveConflictInGerman() {
        InstitutionRepository institutions = WorkbenchStore.get().institutions();
        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Pfarrei Konfliktheim " + System.nanoTime());
        institution.setCity("Konfliktheim");
        institutions.save(institution);
        InstitutionEditor editor = ui.call(() -> {
            try {
                return (InstitutionEditor) page.openEditor(new InstitutionEditorInput(institution.getId(), institution.getName()),
                        InstitutionEditor.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Text city = ui.find(window, Text.class, Widgets.withId("editor.city"), "city field");
        ui.run(() -> {
            city.setFocus();
            city.selectAll();
        });
        ui.type("Editorstadt");
        ui.waitUntil("the editor to be dirty", editor::isDirty);
        Institution other = institutions.load(institution.getId()).orElseThrow();
        other.setCity("Fremdstadt");
        institutions.save(other);

        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        Shell conflict = ui.shell("Speicherkonflikt");
        String message = ui.call(() -> ui.all(conflict, Label.class).stream().map(Widgets::textOf)
                .filter(text -> text.contains("ge\u00e4ndert")).findFirst().orElse(""));
        assertThat(message, containsString(institution.getName() + " wurde von " + WorkbenchStore.get().actor() + " am "));
        assertThat(message, containsString("\u201eFremdstadt\u201c / \u201eEditorstadt\u201c"));
        ui.screenshot("save-conflict-de");
        ui.clickButton(conflict, "Weiter bearbeiten");
        ui.waitUntil("the dialog closed", conflict::isDisposed);
    }
}
