package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditorInput;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** The institution editor: edits as EMF commands with Edit > Undo/Redo, validation at the fields, saves that fail keep the edits. */
public class InstitutionEditorTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private final List<Institution> stored = new ArrayList<>();
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void findTheWindow() {
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeEditorsAndForgetTheInstitutions() {
        ui.run(() -> page.closeAllEditors(false));
        for (Institution institution : stored) {
            WorkbenchStore.get().institutions().load(institution.getId()).ifPresent(WorkbenchStore.get().institutions()::delete);
        }
        WorkbenchStore.changed();
    }

    private Institution store(String name, String city, String domainName) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name + " " + tag);
        institution.setCity(city);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        stored.add(institution);
        return institution;
    }

    private InstitutionEditor open(Institution institution) {
        return ui.call(() -> {
            try {
                return (InstitutionEditor) page.openEditor(new InstitutionEditorInput(institution.getId(), institution.getName()),
                        InstitutionEditor.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Text field(String id) {
        return ui.find(window, Text.class, Widgets.withId("editor." + id), id + " field");
    }

    private void retype(Text field, String text) {
        ui.run(() -> {
            field.setFocus();
            field.selectAll();
        });
        ui.type(text);
    }

    @Test
    public void aWordTypedIsOneChangeThatEditUndoAndRedoTakeBackAndDoAgainByName() {
        Institution institution = store("Pfarrei Einheide", "Einheide", "einheide-" + tag + ".test");
        InstitutionEditor editor = open(institution);
        Text city = field("city");
        assertEquals("Einheide", ui.call(city::getText));
        retype(city, "Zweiheide");
        ui.waitUntil("the editor to be dirty", editor::isDirty);
        assertThat("one change for the whole word, named after the field", ui.menuTexts(window, "Edit"), hasItem("Undo Change City"));

        ui.select(ui.menuItem(window, "Edit", "Undo Change City"));
        ui.waitUntil("the city back as it was", () -> "Einheide".equals(city.getText()));
        assertFalse("back at the saved state", ui.call(editor::isDirty));
        assertEquals("Einheide", ui.call(() -> editor.institution().getCity()));

        ui.select(ui.menuItem(window, "Edit", "Redo Change City"));
        ui.waitUntil("the city typed again", () -> "Zweiheide".equals(city.getText()));
        assertTrue(ui.call(editor::isDirty));

        // Ctrl+Z on the keyboard is the same Undo (a real click: the keys go to the active window's focus)
        ui.click(city);
        pressWithCtrl('z');
        ui.waitUntil("Ctrl+Z to undo", () -> "Einheide".equals(city.getText()));
        pressWithCtrl('y');
        ui.waitUntil("Ctrl+Y to redo", () -> "Zweiheide".equals(city.getText()));

        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("the editor to be saved", () -> !editor.isDirty());
        assertEquals("Zweiheide", WorkbenchStore.get().institutions().load(institution.getId()).orElseThrow().getCity());
        assertThat("the change stays undoable after the save", ui.menuTexts(window, "Edit"), hasItem("Undo Change City"));
    }

    @Test
    public void aBadMailDomainIsMarkedAtItsFieldNamedInTheHeaderAndTheSaveIsRefused() {
        Institution institution = store("Schule Dreiheide", "Dreiheide", "dreiheide-" + tag + ".test");
        InstitutionEditor editor = open(institution);
        ScrolledForm form = ui.find(window, ScrolledForm.class, Widgets.withId("editor.form"), "the editor's form");
        assertEquals(IMessageProvider.NONE, (int) ui.call(form::getMessageType));

        retype(field("domains"), "dreiheide-" + tag + ".test, schule_dreiheide.test");
        ui.waitUntil("the finding in the header", () -> form.getMessageType() == IMessageProvider.ERROR);
        assertEquals("Mail domain 'schule_dreiheide.test' is not a valid domain name", ui.call(form::getMessage));
        assertEquals(Set.of(AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS), ui.call(editor::marked));
        retype(field("name"), " ");
        ui.waitUntil("both findings counted", () -> form.getMessage() != null && form.getMessage().startsWith("2 problems"));
        assertEquals(Set.of(AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS, AuditPackage.Literals.INSTITUTION__NAME),
                ui.call(editor::marked));
        Screenshots.zoomed(ui, page, editor, "institution-editor-validation");

        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        Shell refused = ui.shell("Institution not saved");
        assertThat(ui.call(() -> Widgets.textOf(ui.find(refused, org.eclipse.swt.widgets.Label.class,
                label -> String.valueOf(Widgets.textOf(label)).startsWith("Correct this first"), "the reason"))),
                containsString("2 problems"));
        ui.clickButton(refused, "OK");
        assertTrue("still dirty with every edit", ui.call(editor::isDirty));
        assertEquals(institution.getName(), WorkbenchStore.get().institutions().load(institution.getId()).orElseThrow().getName());
    }

    @Test
    public void aSaveTheStoreRefusesKeepsEveryEditAndTheEditorDirty() {
        Institution other = store("Kita Vierheide", "Vierheide", "vierheide-" + tag + ".test");
        Institution institution = store("Kita F\u00fcnfheide", "F\u00fcnfheide", "fuenfheide-" + tag + ".test");
        InstitutionEditor editor = open(institution);
        retype(field("city"), "Sechsheide");
        // a valid name, but the other institution's: only the store can tell
        retype(field("domains"), other.getMailDomains().get(0).getName());
        ui.waitUntil("the editor to be dirty", editor::isDirty);

        ui.display().asyncExec(() -> page.saveEditor(editor, false));
        Shell failed = ui.shell("Institution not saved");
        ui.clickButton(failed, "OK");
        ui.waitUntil("the error dialog closed", () -> failed.isDisposed());
        assertTrue(ui.call(editor::isDirty));
        assertEquals("Sechsheide", ui.call(field("city")::getText));
        assertEquals(other.getMailDomains().get(0).getName(), ui.call(field("domains")::getText));
        Institution unchanged = WorkbenchStore.get().institutions().load(institution.getId()).orElseThrow();
        assertEquals("F\u00fcnfheide", unchanged.getCity());
        assertEquals("fuenfheide-" + tag + ".test", unchanged.getMailDomains().get(0).getName());

        // corrected, the same edits are saved
        retype(field("domains"), "sechsheide-" + tag + ".test");
        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("the editor to be saved", () -> !editor.isDirty());
        Institution saved = WorkbenchStore.get().institutions().load(institution.getId()).orElseThrow();
        assertEquals("Sechsheide", saved.getCity());
        assertEquals(List.of("sechsheide-" + tag + ".test"), saved.getMailDomains().stream().map(MailDomain::getName).toList());
    }

    /** Ctrl plus a letter as real key events, as the auditor presses them. */
    private void pressWithCtrl(char letter) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, 0, letter);
        post(SWT.KeyUp, 0, letter);
        post(SWT.KeyUp, SWT.CTRL, '\0');
        ui.flush();
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue("the display took the key event", ui.call(() -> ui.display().post(event)));
    }
}
