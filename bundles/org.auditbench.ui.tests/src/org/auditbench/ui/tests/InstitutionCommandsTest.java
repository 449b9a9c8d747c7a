package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** New, Copy and Delete Institution from the Institutions view: enabled by the selection, Delete confirmed or refused. */
public class InstitutionCommandsTest {

    private static final String NEW = "org.auditbench.ui.commands.newInstitution";
    private static final String COPY = "org.auditbench.ui.commands.copyInstitution";
    private static final String DELETE = "org.auditbench.ui.commands.deleteInstitution";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private final List<Long> created = new ArrayList<>();
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void showTheInstitutions() {
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
        ui.run(() -> {
            try {
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @After
    public void closeEditorsAndForgetTheInstitutions() {
        ui.run(() -> page.closeAllEditors(false));
        AuditStore store = WorkbenchStore.get();
        created.forEach(id -> store.institutions().load(id).ifPresent(store.institutions()::delete));
        WorkbenchStore.changed();
    }

    @Test
    public void deleteAsksFirstAndIsRefusedWithTheReasonForAMemberOfACampaign() throws Exception {
        String campaign = "Hafnium L\u00f6schen " + tag;
        ScannedCase member = ScannedCase.create(campaign, "Pfarrei Mitglied " + tag, "mitglied-" + tag + ".test");
        Institution free = store("Pfarrei Frei " + tag, "frei-" + tag + ".test");
        WorkbenchStore.changed();

        select("Pfarrei Mitglied " + tag);
        // the workbench re-evaluates the handlers' enablement after the selection has reached it
        ui.waitUntil("Delete enabled for the one selected institution", () -> isEnabled(DELETE));
        execute(DELETE);
        Shell refused = ui.shell("Delete institution");
        String reason = message(refused);
        assertThat(reason, containsString("cannot be deleted"));
        assertThat(reason, containsString(campaign));
        ui.clickButton(refused, "OK");
        assertTrue(WorkbenchStore.get().institutions().load(member.institution().getId()).isPresent());

        select("Pfarrei Frei " + tag);
        execute(DELETE);
        Shell cancelled = ui.shell("Delete institution");
        assertThat(message(cancelled), containsString("frei-" + tag + ".test"));
        ui.clickButton(cancelled, "Cancel");
        ui.waitUntil("the question closed", cancelled::isDisposed);
        assertTrue("cancelled: kept", WorkbenchStore.get().institutions().load(free.getId()).isPresent());

        execute(DELETE);
        ui.clickButton(ui.shell("Delete institution"), "OK");
        ui.waitUntil("the institution deleted", () -> WorkbenchStore.get().institutions().load(free.getId()).isEmpty());
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.waitUntil("gone from the view", () -> table.getItemCount() == 0);
        ui.waitUntil("nothing selected: Delete and Copy disabled, not refusing", () -> !isEnabled(DELETE) && !isEnabled(COPY));
    }

    @Test
    public void newAndCopyOpenAnEditorOnAnInstitutionStoredWhenSaved() {
        execute(NEW);
        InstitutionEditor editor = ui.waitFor("the editor of a new institution", () -> page.getActiveEditor() instanceof InstitutionEditor e
                && e.institution().getId() == 0 ? e : null);
        ScrolledForm form = ui.find(window, ScrolledForm.class, Widgets.withId("editor.form"), "the editor's form");
        assertEquals("The institution name is missing", ui.call(form::getMessage));
        assertEquals(IMessageProvider.ERROR, (int) ui.call(form::getMessageType));
        type("name", "Stiftung Neuheide " + tag);
        type("city", "Neuheide");
        type("domains", "neuheide-" + tag + ".test");
        ui.waitUntil("no finding left", () -> form.getMessageType() == IMessageProvider.NONE);
        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("stored", () -> editor.institution().getId() != 0);
        created.add(editor.institution().getId());
        Institution stored = WorkbenchStore.get().institutions().findByDomain("neuheide-" + tag + ".test").orElseThrow();
        assertEquals("Neuheide", stored.getCity());
        assertFalse(ui.call(editor::isDirty));
        ui.run(() -> page.closeEditor(editor, false));

        select("Stiftung Neuheide " + tag);
        execute(COPY);
        InstitutionEditor copy = ui.waitFor("the editor of the copy", () -> page.getActiveEditor() instanceof InstitutionEditor e
                ? e : null);
        assertEquals("Copy of Stiftung Neuheide " + tag, ui.call(() -> field("name").getText()));
        assertEquals("the mail domains stay with the original", "", ui.call(() -> field("domains").getText()));
        assertTrue("unsaved until saved", ui.call(copy::isDirty));
        ui.run(() -> page.saveEditor(copy, false));
        ui.waitUntil("the copy stored", () -> copy.institution().getId() != 0);
        created.add(copy.institution().getId());
        Institution copied = WorkbenchStore.get().institutions().load(copy.institution().getId()).orElseThrow();
        assertEquals("Neuheide", copied.getCity());
        assertTrue(copied.getMailDomains().isEmpty());
    }

    private Institution store(String name, String domainName) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        created.add(institution.getId());
        return institution;
    }

    private void select(String name) {
        new WorkbenchCommands(ui, page).selectInstitution(name);
    }

    private Text field(String id) {
        return ui.find(window, Text.class, Widgets.withId("editor." + id), id + " field");
    }

    private void type(String id, String text) {
        Text field = field(id);
        ui.run(field::setFocus);
        ui.type(text);
    }

    /** On the UI thread. */
    private boolean isEnabled(String commandId) {
        return WorkbenchCommands.enabledNow(page, commandId);
    }

    /** Runs the command as the menu would: at once, on the UI thread, so a dialog it opens does not block the test. */
    private void execute(String commandId) {
        new WorkbenchCommands(ui, page).execute(commandId);
    }

    private String message(Shell dialog) {
        return ui.call(() -> ui.all(dialog, Label.class).stream().map(Widgets::textOf).filter(t -> t != null && t.length() > 20)
                .findFirst().orElse(""));
    }
}
