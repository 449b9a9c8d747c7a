package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.auditbench.model.Institution;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditor;
import org.auditbench.ui.internal.institutions.InstitutionEditorInput;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The institution and campaign editors in German (the build's {@code -nl de} run; skipped in the
 * English one), Undo named in German, with screenshots of both editors.
 */
public class EditorsInGermanTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final long tag = System.nanoTime();
    private IWorkbenchPage page;
    private Shell window;

    @Before
    public void onlyInGerman() {
        assumeTrue("runs with -nl de", Locale.getDefault().getLanguage().equals("de"));
        page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        window = ui.call(() -> page.getWorkbenchWindow().getShell());
    }

    @After
    public void closeEditors() {
        if (page != null) {
            ui.run(() -> page.closeAllEditors(false));
        }
    }

    @Test
    public void theInstitutionEditorInGerman() throws Exception {
        ScannedCase scanned = ScannedCase.create("Hafnium Verlauf " + tag, "Pfarrei M\u00fcnsterland " + tag, "muensterland-" + tag + ".test");
        Institution institution = scanned.institution();
        IEditorPart editor = ui.call(() -> {
            try {
                return page.openEditor(new InstitutionEditorInput(institution.getId(), institution.getName()), InstitutionEditor.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Table history = ui.find(window, Table.class, Widgets.withId("editor.history"), "the history");
        ui.waitUntil("the check and the case in the history", () -> history.getItemCount() == 2);
        assertEquals(List.of("Datum", "Ereignis", "Einzelheiten"),
                ui.call(() -> Arrays.stream(history.getColumns()).map(TableColumn::getText).toList()));
        Text city = ui.find(window, Text.class, Widgets.withId("editor.city"), "the city");
        ui.run(city::setFocus);
        ui.type("M\u00fcnster");
        assertThat(ui.menuTexts(window, "Bearbeiten"), hasItem("R\u00fcckg\u00e4ngig: Ort \u00e4ndern"));
        Screenshots.zoomed(ui, page, editor, "institution-editor-de");
    }

    @Test
    public void theCampaignEditorInGerman() throws Exception {
        ScannedCase scanned = ScannedCase.create("Hafnium Kampagne " + tag, "Kita Sonnenschein " + tag, "sonnenschein-" + tag + ".test");
        CampaignEditor editor = ui.call(() -> {
            try {
                return CampaignEditor.open(page, scanned.campaign().getId(), scanned.campaign().getTitle());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CTabFolder tabs = ui.find(window, CTabFolder.class, folder -> Arrays.stream(((CTabFolder) folder).getItems())
                .anyMatch(item -> item.getText().equals("\u00dcbersicht")), "the editor's pages");
        assertEquals(List.of("\u00dcbersicht", "Mitglieder", "Ergebnisse Phase 1", "Schreiben", "Stellungnahmen und Bewertungen"),
                ui.call(() -> Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList()));
        Text title = ui.find(window, Text.class, Widgets.withId("campaign.title"), "the title");
        ui.waitUntil("the campaign read", () -> !title.getText().isEmpty());
        Screenshots.zoomed(ui, page, editor, "campaign-editor-overview-de");
        ui.run(() -> editor.setActivePage("members"));
        Table members = ui.find(window, Table.class, Widgets.withId("campaign.members"), "the members");
        ui.waitUntil("the member listed", () -> members.getItemCount() == 1);
        assertEquals(List.of("Einrichtung", "Aktenzeichen", "Grund", "Stand", "Frist", "\u00dcberf\u00e4llig", "Phase 1", "Stellungnahme", "Bewertung"),
                ui.call(() -> Arrays.stream(members.getColumns()).map(TableColumn::getText).toList()));
        Screenshots.zoomed(ui, page, editor, "campaign-editor-members-de");
        ui.run(() -> editor.setActivePage("results"));
        Table results = ui.find(window, Table.class, Widgets.withId("campaign.results"), "the results");
        ui.waitUntil("the result listed", () -> results.getItemCount() == 1);
        Screenshots.zoomed(ui, page, editor, "campaign-editor-results-de");
    }
}
