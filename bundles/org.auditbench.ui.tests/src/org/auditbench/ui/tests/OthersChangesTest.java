package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.store.InstitutionRepository;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditorInput;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Another client's change reaches the workbench without a refresh by hand: the institution is changed
 * through the repository behind the workbench's back (nothing tells the views, as nothing would tell them
 * of another auditor's save on the server); the Institutions view and an open editor without edits show
 * it, an editor with edits keeps them.
 */
public class OthersChangesTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final String tag = "Fernheide" + System.nanoTime();
    private final InstitutionRepository institutions = WorkbenchStore.get().institutions();
    private Institution institution;
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void storeAnInstitutionAndShowTheView() {
        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Pfarrei " + tag);
        institution.setCity("Altstadt");
        institutions.save(institution);
        WorkbenchStore.changed();
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        ui.run(() -> page.closeAllEditors(false));
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
    public void closeAndForget() {
        ui.run(() -> page.closeAllEditors(false));
        institutions.load(institution.getId()).ifPresent(institutions::delete);
        WorkbenchStore.changed();
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        ui.run(() -> filter.setText(""));
    }

    @Test
    public void theViewAndAnEditorWithoutEditsShowAnotherClientsChange() {
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(tag));
        ui.waitUntil("our institution listed in Altstadt", () -> table.getItemCount() == 1 && table.getItem(0).getText(2).equals("Altstadt"));
        InstitutionEditor editor = open();
        Text city = ui.find(window, Text.class, Widgets.withId("editor.city"), "city field");
        assertEquals("Altstadt", ui.call(city::getText));

        changeBehindTheWorkbenchsBack("Neustadt");
        ui.waitUntil("the view showing Neustadt", () -> table.getItemCount() == 1 && table.getItem(0).getText(2).equals("Neustadt"));
        ui.waitUntil("the editor without edits showing Neustadt", () -> city.getText().equals("Neustadt"));
        assertTrue("nothing to save", !ui.call(editor::isDirty));

        ui.run(() -> {
            city.setFocus();
            city.selectAll();
        });
        ui.type("Meinestadt");
        ui.waitUntil("the editor to be dirty", editor::isDirty);
        changeBehindTheWorkbenchsBack("Drittstadt");
        ui.waitUntil("the view showing Drittstadt", () -> table.getItemCount() == 1 && table.getItem(0).getText(2).equals("Drittstadt"));
        assertEquals("the edits stay in the editor", "Meinestadt", ui.call(city::getText));
        assertTrue(ui.call(editor::isDirty));
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

    /** Another auditor's save: a copy of its own, loaded and saved through the repository, announced to nobody. */
    private void changeBehindTheWorkbenchsBack(String city) {
        Institution other = institutions.load(institution.getId()).orElseThrow();
        other.setCity(city);
        institutions.save(other);
    }
}
