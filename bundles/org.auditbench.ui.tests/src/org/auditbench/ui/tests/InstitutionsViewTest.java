package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** The Institutions view, the Properties view and the institution editor on the workbench's real store. */
public class InstitutionsViewTest {

    private static final String DELETE = "org.auditbench.ui.commands.deleteInstitution";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private IWorkbenchPage page;
    private Shell window;
    private Institution institution;

    @Before
    public void storeAnInstitutionAndShowTheView() {
        AuditStore store = WorkbenchStore.get();
        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Kirchengemeinde Zweiheide " + System.nanoTime());
        institution.setKind("parish");
        institution.setCity("Zweiheide");
        institution.setPostcode("12345");
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName("xn--kirchgemeinde-zweiheide-sd-n0c.test");
        institution.getMailDomains().add(domain);
        store.institutions().save(institution);
        WorkbenchStore.changed();
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
    public void closeEditors() {
        ui.run(() -> page.closeAllEditors(false));
        WorkbenchStore.get().institutions().delete(institution);
        WorkbenchStore.changed();
    }

    @Test
    public void filterSelectAndSeeThePropertiesThenEditAndSave() {
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.click(filter);
        ui.type("zweiheide");
        ui.waitUntil("exactly our institution listed", () -> table.getItemCount() == 1);
        assertEquals(institution.getName(), ui.call(() -> table.getItem(0).getText(0)));
        // The mail domain is stored in ASCII and shown in Unicode.
        assertEquals("kirchgemeinde-zweiheide-s\u00fcd.test", ui.call(() -> table.getItem(0).getText(3)));

        WorkbenchCommands.showProperties(ui, page);
        ui.run(() -> {
            table.setFocus();
            table.select(0);
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        // the Properties view follows the selection a moment later: until then it may show the one before
        List<String> shown = ui.waitFor("the Properties view showing the institution", () -> {
            PageBookView sheet = (PageBookView) page.findView(IPageLayout.ID_PROP_SHEET);
            if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
                return null;
            }
            List<String> rows = Arrays.stream(tree.getItems())
                    .flatMap(item -> item.getItemCount() == 0 ? java.util.stream.Stream.of(item) : Arrays.stream(item.getItems()))
                    .map(item -> item.getText(0) + "=" + item.getText(1)).toList();
            return rows.contains("Name=" + institution.getName()) ? rows : null;
        });
        assertTrue(shown.toString(), shown.contains("City=Zweiheide"));
        assertTrue(shown.toString(), shown.contains("Name=" + institution.getName()));
        ui.screenshot("institution-properties");

        ui.run(() -> table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
        IEditorPart editor = ui.waitFor("the institution editor", () -> page.getActiveEditor());
        assertTrue(editor instanceof InstitutionEditor);
        Text city = ui.find(window, Text.class, Widgets.withId("editor.city"), "city field");
        ui.run(() -> {
            city.setFocus();
            city.selectAll();
        });
        ui.type("Dreiheide");
        ui.waitUntil("the editor to be dirty", editor::isDirty);
        ui.run(() -> page.saveEditor(editor, false));
        ui.waitUntil("the editor to be saved", () -> !editor.isDirty());
        Institution stored = WorkbenchStore.get().institutions().load(institution.getId()).orElseThrow();
        assertEquals("Dreiheide", stored.getCity());
        assertEquals("created and changed, both in the audit trail", 2,
                WorkbenchStore.get().auditTrail().about("Institution", institution.getId()).size());
    }

    /** A reload (an own save, or another client's the workbench picked up) keeps the selected institution. */
    @Test
    public void aReloadKeepsTheSelection() {
        ui.run(() -> page.activate(page.findView(InstitutionsView.ID)));
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(institution.getName()));
        ui.waitUntil("exactly our institution listed", () -> table.getItemCount() == 1);
        ui.run(() -> {
            table.setFocus();
            table.select(0);
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        new WorkbenchCommands(ui, page).waitEnabled("Delete Institution enabled for the selected one", DELETE);
        Object before = ui.call(() -> table.getItem(0).getData());
        ui.run(WorkbenchStore::changed);
        ui.waitUntil("the view reloaded", () -> table.getItemCount() == 1 && table.getItem(0).getData() != before);
        assertEquals("still selected after the reload", 1, (int) ui.call(table::getSelectionCount));
        assertEquals(institution.getId(), (long) ui.call(() -> ((Institution) table.getSelection()[0].getData()).getId()));
        // and the workbench knows it: the commands for the selection stay enabled
        new WorkbenchCommands(ui, page).waitEnabled("Delete Institution still enabled after the reload", DELETE);
    }

    @Test
    public void sortsInGermanCollationByTheClickedColumnAndFiltersUmlautsEitherWay() {
        String tag = "Zweiheide" + System.nanoTime();
        List<Institution> more = new java.util.ArrayList<>();
        for (String name : List.of("Zahnarztpraxis", "\u00c4rztekammer", "Abtei", "B\u00fcrgerhaus")) {
            Institution other = AuditFactory.eINSTANCE.createInstitution();
            other.setName(name + " " + tag);
            other.setCity(tag);
            WorkbenchStore.get().institutions().save(other);
            more.add(other);
        }
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        try {
            WorkbenchStore.changed();
            ui.run(() -> filter.setText(tag.toLowerCase(java.util.Locale.ROOT)));
            ui.waitUntil("the four institutions listed", () -> table.getItemCount() == 4);
            java.util.function.Supplier<List<String>> names = () -> ui.call(() -> Arrays.stream(table.getItems())
                    .map(item -> item.getText(0).substring(0, item.getText(0).indexOf(' '))).toList());
            // Ä sorts with A (German collation), not after Z as in code-point order.
            assertEquals(List.of("Abtei", "\u00c4rztekammer", "B\u00fcrgerhaus", "Zahnarztpraxis"), names.get());
            ui.run(() -> table.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
            assertEquals("a click on the sorted column's header turns the order",
                    List.of("Zahnarztpraxis", "B\u00fcrgerhaus", "\u00c4rztekammer", "Abtei"), names.get());
            assertEquals(SWT.DOWN, (int) ui.call(table::getSortDirection));
            ui.run(() -> filter.setText("buergerhaus " + tag));
            ui.waitUntil("ue finds \u00fc", () -> table.getItemCount() == 1);
            ui.run(() -> filter.setText("\u00c4RZTEKAMMER"));
            ui.waitUntil("the umlaut typed in capitals finds it too", () -> table.getItemCount() == 1
                    && ui.call(() -> table.getItem(0).getText(0)).startsWith("\u00c4rztekammer"));
            ui.run(() -> filter.setText("aerztekammer " + tag));
            ui.waitUntil("ae finds \u00c4", () -> table.getItemCount() == 1);
        } finally {
            // The view outlives the test: leave it unfiltered and sorted ascending for the others.
            ui.run(() -> {
                filter.setText("");
                if (table.getSortDirection() == SWT.DOWN) {
                    table.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            });
            more.forEach(WorkbenchStore.get().institutions()::delete);
            WorkbenchStore.changed();
        }
    }

    @Test
    public void anInvalidMailDomainIsRefusedAndTheEditorStaysDirty() {
        ui.run(() -> {
            try {
                page.openEditor(new org.auditbench.ui.internal.institutions.InstitutionEditorInput(institution.getId(),
                        institution.getName()), InstitutionEditor.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        IEditorPart editor = ui.waitFor("the institution editor", () -> page.getActiveEditor());
        Text domains = ui.find(window, Text.class, Widgets.withId("editor.domains"), "domains field");
        ui.run(() -> domains.setText("gut.test, schlecht..test"));
        ui.run(() -> ui.display().asyncExec(() -> page.saveEditor(editor, false)));
        Shell error = ui.shell("Institution not saved");
        List<String> texts = ui.all(error, org.eclipse.swt.widgets.Label.class).stream()
                .map(label -> ui.call(label::getText)).toList();
        ui.screenshot("invalid-domain");
        ui.press(SWT.CR);
        ui.waitUntil("the error dialog to close", error::isDisposed);
        assertTrue(editor.isDirty());
        assertEquals(List.of("xn--kirchgemeinde-zweiheide-sd-n0c.test"), WorkbenchStore.get().institutions().load(institution.getId())
                .orElseThrow().getMailDomains().stream().map(MailDomain::getName).toList());
        assertTrue(texts.toString(), texts.contains("Correct this first: Mail domain 'schlecht..test' is not a valid domain name"));
    }
}
