package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Year;
import java.util.List;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;
import org.auditbench.model.SelectionReason;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.campaigns.AddCaseHandler;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.campaigns.RemoveCaseHandler;
import org.auditbench.ui.internal.campaigns.wizard.DrawSampleHandler;
import org.auditbench.ui.internal.campaigns.wizard.NewCampaignHandler;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * File > New > Campaign with the institution selected in the Institutions view as a known case, a
 * random sample with a typed seed, previewed before it is stored; then Add Case and Remove Case by hand.
 */
public class CampaignWizardTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @After
    public void closeWhatAFailureLeftOpen() {
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        new WorkbenchCommands(ui, page).closeDialogs();
        ui.run(() -> page.closeAllEditors(false));
    }

    @Test
    public void aNewCampaignIsPreviewedStoredAndItsMembersChangedByHand() throws Exception {
        AuditStore store = WorkbenchStore.get();
        long nanos = System.nanoTime();
        Institution known = institution("Pfarrei Bekanntdorf " + nanos, MailDomainNames.toAscii("bekanntd\u00f6rf-" + nanos + ".test"));
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);
        selectInInstitutionsView(page, known.getMailDomains().get(0).getName());

        Shell wizard = commands.open(NewCampaignHandler.COMMAND_ID, "newCampaign.wizard");
        String templateTitle = CampaignTemplates.builtIn().get("proxylogon-2021").title().english();
        Combo template = ui.find(wizard, Combo.class, Widgets.withId("newCampaign.template"), "template");
        assertEquals(templateTitle, ui.call(template::getText));
        assertThat(ui.call(() -> text(wizard, "newCampaign.legalBasis").getText()), containsString("KDG"));
        assertThat(ui.call(() -> text(wizard, "newCampaign.questions").getText()), containsString("1. "));
        assertEquals("the template's title proposed", templateTitle, ui.call(() -> text(wizard, "newCampaign.title").getText()));
        int year = Year.now().getValue();
        assertEquals("the file numbers proposed", "{year}-EX-{seq:3}", ui.call(() -> text(wizard, "newCampaign.fileNumberPattern").getText()));
        Label firstNumber = ui.find(wizard, Label.class, Widgets.withId("newCampaign.firstFileNumber"), "first file number");
        assertEquals("The first case gets the file number " + year + "-EX-001.", ui.call(firstNumber::getText));
        ui.run(() -> text(wizard, "newCampaign.fileNumberPattern").setText("{year}-{nr}"));
        assertFalse("a pattern without {seq} cannot number cases", ui.call(() -> ui.findNow(wizard, Button.class,
                Widgets.withText("Next >")).orElseThrow().isEnabled()));
        ui.run(() -> text(wizard, "newCampaign.fileNumberPattern").setText("Az. {seq}/{year}"));
        assertEquals("The first case gets the file number Az. 1/" + year + ".", ui.call(firstNumber::getText));
        ui.screenshot("new-campaign-template");
        String title = "Hafnium Assistent " + nanos;
        ui.run(() -> text(wizard, "newCampaign.title").setText(title));
        commands.press(ui.find(wizard, Button.class, Widgets.withText("Next >"), "Next"));

        Button selected = ui.find(wizard, Button.class, Widgets.withId("sample.selected"), "selected institutions");
        ui.waitUntil("the page shown", selected::isVisible);
        assertEquals("The institution selected in the Institutions view", ui.call(selected::getText));
        assertTrue("the selected institution is a known case", ui.call(selected::getSelection));
        ui.run(() -> {
            Spinner size = ui.findNow(wizard, Spinner.class, Widgets.withId("sample.size")).orElseThrow();
            size.setSelection(2);
            size.notifyListeners(SWT.Modify, new Event());
            text(wizard, "sample.seed").setText("4711");
        });
        Button finish = ui.find(wizard, Button.class, Widgets.withText("Finish"), "Finish");
        assertFalse("nothing stored before the preview", ui.call(finish::isEnabled));
        commands.press(ui.find(wizard, Button.class, Widgets.withId("sample.preview"), "Preview"));
        Table members = ui.find(wizard, Table.class, Widgets.withId("sample.members"), "members");
        ui.waitUntil("three members previewed", () -> members.getItemCount() == 3);
        assertEquals(known.getName(), ui.call(() -> members.getItem(0).getText(0)));
        assertEquals("Known case", ui.call(() -> members.getItem(0).getText(2)));
        assertEquals("Az. 1/" + year, ui.call(() -> members.getItem(0).getText(3)));
        assertEquals("the mail domain as the auditor writes it", "bekanntd\u00f6rf-" + nanos + ".test",
                ui.call(() -> members.getItem(0).getText(4)));
        assertEquals("3 members: 1 known case, 2 drawn at random",
                ui.call(() -> ui.findNow(wizard, Label.class, Widgets.withId("sample.summary")).orElseThrow().getText()));
        assertTrue(ui.call(finish::isEnabled));
        long before = store.campaigns().list().size();
        ui.screenshot("new-campaign-members");
        commands.press(finish);
        ui.waitUntil("the wizard closed", wizard::isDisposed);

        Campaign stored = store.campaigns().list().stream().filter(c -> c.getTitle().equals(title)).findFirst()
                .flatMap(c -> store.campaigns().load(c.getId())).orElseThrow();
        assertEquals(before + 1, store.campaigns().list().size());
        assertEquals(4711L, stored.getSelectionSeed());
        assertEquals(3, stored.getCases().size());
        assertEquals(SelectionReason.KNOWN_CASE, stored.getCases().get(0).getSelectionReason());
        assertEquals("Az. {seq}/{year}", stored.getFileNumberPattern());
        assertEquals(List.of("Az. 1/" + year, "Az. 2/" + year, "Az. 3/" + year),
                stored.getCases().stream().map(AuditCase::getFileNumber).toList());
        ui.waitUntil("the new campaign's editor open", () -> java.util.Arrays.stream(page.getEditorReferences())
                .anyMatch(r -> r.getId().equals(CampaignEditor.ID) && r.getTitle().equals(title)));
        Tree tree = ui.find(ui.call(() -> page.getWorkbenchWindow().getShell()), Tree.class, Widgets.withId("campaigns.tree"), "campaigns");
        ui.waitUntil("the new campaign selected in the Campaigns view", () -> tree.getSelectionCount() == 1
                && tree.getSelection()[0].getText(0).equals(title + " (3)"));
        TreeItem campaignRow = commands.row(tree, title + " (3)");
        assertEquals("0 of 3 answered", ui.call(() -> campaignRow.getText(1)));
        assertEquals("3 Selected; template: " + templateTitle, ui.call(() -> campaignRow.getText(4)));
        assertFalse("a campaign is sampled once", commands.enabled(DrawSampleHandler.COMMAND_ID));
        ui.screenshot("campaigns-view");

        // registered after the draw, so the random part cannot have taken it
        Institution later = institution("Schule Nachzug " + nanos, "nachzug-" + nanos + ".test");
        Shell add = commands.open(AddCaseHandler.COMMAND_ID, "addCase.dialog");
        ui.run(() -> text(add, "addCase.search").setText(later.getMailDomains().get(0).getName()));
        Table matches = ui.find(add, Table.class, Widgets.withId("addCase.matches"), "matches");
        ui.waitUntil("the institution found", () -> matches.getItemCount() == 1);
        Button addButton = ui.find(add, Button.class, Widgets.withText("Add"), "Add");
        assertFalse("no reason given yet", ui.call(addButton::isEnabled));
        ui.run(() -> text(add, "addCase.reason").setText("Hinweis eines Elternbeirats"));
        commands.press(addButton);
        ui.waitUntil("the dialog closed", add::isDisposed);
        AuditCase manual = store.campaigns().load(stored.getId()).orElseThrow().getCases().stream()
                .filter(c -> c.getInstitution().getId() == later.getId()).findFirst().orElseThrow();
        assertEquals(SelectionReason.MANUAL, manual.getSelectionReason());
        assertEquals("the case added by hand gets the next number", "Az. 4/" + year, manual.getFileNumber());

        TreeItem grown = commands.row(tree, title + " (4)");
        TreeItem manualRow = ui.waitFor("the manual case", () -> {
            for (TreeItem item : grown.getItems()) {
                if (item.getText(0).equals(later.getName())) {
                    return item;
                }
            }
            return null;
        });
        assertEquals("selected as: Manual", ui.call(() -> manualRow.getText(4)));
        // with the Campaigns view active (the new campaign's editor was), and again should a reload replace the row
        commands.selectRow(tree, CampaignsView.ID, t -> {
            TreeItem campaignItem = WorkbenchCommands.topRow(t, title + " (4)");
            return campaignItem == null ? null : java.util.Arrays.stream(campaignItem.getItems())
                    .filter(item -> item.getText(0).equals(later.getName())).findFirst().orElse(null);
        }, "the manual case selected");
        ui.waitUntil("Remove Case offered for a case without letters", () -> commands.enabled(RemoveCaseHandler.COMMAND_ID));
        commands.execute(RemoveCaseHandler.COMMAND_ID);
        Shell remove = ui.shell("Remove Case");
        ui.run(() -> ui.findNow(remove, Text.class, Widgets.any()).orElseThrow().setText("versehentlich aufgenommen"));
        commands.press(ui.find(remove, Button.class, Widgets.withText("OK"), "OK"));
        ui.waitUntil("the case removed", () -> store.campaigns().load(stored.getId()).orElseThrow().getCases().size() == 3);
        commands.row(tree, title + " (3)");
    }

    private void selectInInstitutionsView(IWorkbenchPage page, String domain) {
        ui.run(() -> {
            try {
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(domain));
        ui.waitUntil("only our institution listed", () -> table.getItemCount() == 1);
        ui.run(() -> {
            table.setFocus();
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private Text text(Shell shell, String id) {
        return ui.findNow(shell, Text.class, Widgets.withId(id)).orElseThrow(() -> new AssertionError("no text " + id));
    }

    static Institution institution(String name, String domainName) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setKind("Pfarrei");
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        WorkbenchStore.changed();
        return institution;
    }
}
