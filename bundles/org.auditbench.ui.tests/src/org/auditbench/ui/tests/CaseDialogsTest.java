package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.Dates;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.DateField;
import org.auditbench.ui.internal.campaigns.AssessCaseHandler;
import org.auditbench.ui.internal.campaigns.CloseCaseHandler;
import org.auditbench.ui.internal.campaigns.EvidenceFiles;
import org.auditbench.ui.internal.campaigns.LettersSentHandler;
import org.auditbench.ui.internal.campaigns.RecordStatementHandler;
import org.auditbench.ui.internal.campaigns.ReminderSentHandler;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.junit.Rule;
import org.junit.Test;

/**
 * The statement and assessment dialogs on a case of the Campaigns view: typed with real key and mouse
 * events, saved through the workflow into the store; a step the workflow refuses keeps the dialog open.
 */
public class CaseDialogsTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void aStatementWithItsMeasuresAndThenAnAssessmentAreRecorded() throws Exception {
        AuditStore store = WorkbenchStore.get();
        String title = "Hafnium Stellungnahmen " + System.nanoTime();
        ScannedCase scanned = ScannedCase.create(title, "Kirchengemeinde Antwortdorf " + System.nanoTime(),
                "antwortdorf-" + System.nanoTime() + ".test");
        Campaign campaign = scanned.campaign();
        long institutionId = scanned.institution().getId();
        scanned.desk().recordLetterGenerated(campaign.getId(), institutionId, "anschreiben.pdf");
        WorkbenchStore.changed();

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        // the letters went out today; the deadline offered is the one printed in them
        selectCase(tree, title, "Letter generated");
        Shell lettersSent = open(page, LettersSentHandler.COMMAND_ID, "lettersSent.dialog");
        int days = CampaignTemplates.builtIn().get("proxylogon-2021").deadlineOffsetDays();
        LocalDate offered = ui.call(() -> DateField.parse(ui.findNow(lettersSent, Text.class, Widgets.withId("lettersSent.deadline"))
                .orElseThrow().getText()).orElseThrow());
        assertEquals(LocalDate.now().plusDays(days), offered);
        ui.click(okButton(lettersSent));
        ui.waitUntil("the letters dialog closed", lettersSent::isDisposed);
        Shell done = ui.shell("Letters sent");
        assertThat(shownText(done), containsString("1 letter(s) of \"" + title + "\" recorded as sent"));
        ui.run(done::close);
        assertEquals(LocalDate.now().plusDays(days),
                Dates.of(store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0).getLetters().get(0).getDeadline()));
        selectCase(tree, title, "Letter sent");

        // assessing before any statement: the workflow refuses, the dialog stays open with what was typed
        Shell early = open(page, AssessCaseHandler.COMMAND_ID, "assessment.dialog");
        choose(early, "assessment.verdict", AssessmentVerdict.COMPLIANT.getValue());
        typeInto(early, "assessment.reasons", "Zu fr\u00fch");
        ui.click(okButton(early));
        ui.waitUntil("the refusal shown in the dialog", () -> !early.isDisposed() && early.isVisible()
                && shownText(early).contains("before a statement was received"));
        assertEquals("Zu fr\u00fch", ui.call(() -> text(early, "assessment.reasons").getText()));
        ui.run(early::close);
        assertNull(store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0).getAssessment());

        Shell dialog = open(page, RecordStatementHandler.COMMAND_ID, "statement.dialog");
        assertFalse("no kind chosen yet", ui.call(() -> okButton(dialog).isEnabled()));
        choose(dialog, "statement.kind", StatementKind.ANSWER.getValue());
        assertTrue(ui.call(() -> okButton(dialog).isEnabled()));
        typeInto(dialog, "statement.summary", "Patch eingespielt, Server gepr\u00fcft");
        choose(dialog, "statement.measureKind", MeasureKind.PATCH_INSTALLED.getValue());
        typeInto(dialog, "statement.measureText", "KB5000871");
        ui.click(button(dialog, "statement.addMeasure"));
        choose(dialog, "statement.measureKind", MeasureKind.MSERT.getValue());
        typeInto(dialog, "statement.measureText", "MSERT ohne Befund");
        ui.click(button(dialog, "statement.addMeasure"));
        // a device picked in the file dialog is refused with the reason, not read until the heap is full
        EvidenceFiles.use(shell -> List.of(Path.of("/dev/zero")));
        try {
            ui.click(button(dialog, "statement.addAttachment"));
        } finally {
            EvidenceFiles.use(null);
        }
        ui.waitUntil("the refusal shown in the dialog", () -> shownText(dialog).contains("'/dev/zero' is not a regular file"));
        // the statement itself as evidence, picked as from the file dialog
        Path letter = Files.createTempDirectory("statement").resolve("stellungnahme.pdf");
        byte[] evidence = "%PDF-1.4 Stellungnahme der Kirchengemeinde".getBytes(StandardCharsets.US_ASCII);
        Files.write(letter, evidence);
        EvidenceFiles.use(shell -> List.of(letter));
        try {
            ui.click(button(dialog, "statement.addAttachment"));
        } finally {
            EvidenceFiles.use(null);
        }
        Table attachments = ui.find(dialog, Table.class, Widgets.withId("statement.attachments"), "attachments");
        ui.waitUntil("the file listed", () -> attachments.getItemCount() == 1);
        assertEquals("stellungnahme.pdf (1 KB)", ui.call(() -> attachments.getItem(0).getText()));
        Table measures = ui.find(dialog, Table.class, Widgets.withId("statement.measures"), "measures");
        ui.waitUntil("two measures listed", () -> measures.getItemCount() == 2);
        assertEquals("KB5000871", ui.call(() -> measures.getItem(0).getText(2)));
        ui.screenshot("statement-dialog");
        ui.click(okButton(dialog));

        // the gaps (here: no monitoring described) are shown once the statement is stored
        ui.waitUntil("the statement dialog closed", dialog::isDisposed);
        Shell gaps = ui.shell("Record statement");
        assertThat(shownText(gaps), containsString("how in- and outgoing data flows are monitored"));
        ui.run(gaps::close);
        AuditCase stored = store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0);
        assertEquals(CaseState.STATEMENT_RECEIVED, stored.getState());
        Statement statement = stored.getStatements().get(0);
        assertEquals(StatementKind.ANSWER, statement.getKind());
        assertEquals("Patch eingespielt, Server gepr\u00fcft", statement.getSummary());
        assertEquals(List.of(MeasureKind.PATCH_INSTALLED, MeasureKind.MSERT), statement.getMeasures().stream().map(m -> m.getKind()).toList());
        assertEquals(LocalDate.now(), Dates.of(statement.getReceivedOn()));
        assertEquals("stellungnahme.pdf", statement.getAttachments().get(0).getFileName());
        assertEquals(evidence.length, statement.getAttachments().get(0).getSize());
        assertArrayEquals(evidence, store.campaigns().readContent(statement.getAttachments().get(0)));

        selectCase(tree, title, "Statement received");
        Shell assess = open(page, AssessCaseHandler.COMMAND_ID, "assessment.dialog");
        choose(assess, "assessment.verdict", AssessmentVerdict.FOLLOW_UP_NEEDED.getValue());
        typeInto(assess, "assessment.reasons", "\u00dcberwachung fehlt");
        assertFalse("follow-up needed without an action", ui.call(() -> okButton(assess).isEnabled()));
        typeInto(assess, "assessment.action", "Protokollierung einrichten und berichten");
        ui.click(button(assess, "assessment.addFollowUp"));
        ui.waitUntil("the action listed and recording allowed", () -> okButton(assess).isEnabled());
        ui.click(okButton(assess));
        ui.waitUntil("the assessment dialog closed", assess::isDisposed);
        stored = store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0);
        assertEquals(CaseState.ASSESSED, stored.getState());
        assertEquals(AssessmentVerdict.FOLLOW_UP_NEEDED, stored.getAssessment().getVerdict());
        assertEquals("Protokollierung einrichten und berichten", stored.getAssessment().getFollowUps().get(0).getAction());
        assertEquals(LocalDate.now().plusWeeks(4), Dates.of(stored.getAssessment().getFollowUps().get(0).getDueDate()));
        WorkbenchCommands.showProperties(ui, page);
        selectCase(tree, title, "Assessed");
        // the Properties view says the case's state and reason in words, as the tree does
        // the Properties view follows the selection a moment later: until then it may show the campaign
        List<String> values = ui.waitFor("the Properties view showing the case", () -> {
            PageBookView sheet = (PageBookView) page.findView(IPageLayout.ID_PROP_SHEET);
            if (sheet == null || !(sheet.getCurrentPage().getControl() instanceof Tree t)) {
                return null;
            }
            List<String> rows = Arrays.stream(t.getItems())
                    .flatMap(item -> item.getItemCount() == 0 ? Stream.of(item) : Arrays.stream(item.getItems()))
                    .map(item -> item.getText(1)).toList();
            return rows.stream().anyMatch(v -> v.equals("Assessed") || v.equals("ASSESSED")) ? rows : null;
        });
        assertTrue(values.toString(), values.contains("Assessed"));
        assertFalse(values.toString(), values.contains("ASSESSED"));

        // and the campaign's moments in the user's format, not as Date.toString()
        ui.run(() -> {
            tree.setSelection(caseItemParent(tree, title));
            tree.notifyListeners(SWT.Selection, new Event());
        });
        String today = AuditbenchItemProviders.date(LocalDate.now());
        List<String> campaignValues = ui.waitFor("the Properties view showing the campaign", () -> {
            if (!(((PageBookView) page.findView(IPageLayout.ID_PROP_SHEET)).getCurrentPage().getControl() instanceof Tree properties)) {
                return null;
            }
            List<String> shown = Arrays.stream(properties.getItems())
                    .flatMap(item -> item.getItemCount() == 0 ? Stream.of(item) : Arrays.stream(item.getItems()))
                    .map(item -> item.getText(1)).toList();
            return shown.contains(title) ? shown : null;
        });
        assertTrue(campaignValues.toString(), campaignValues.stream().anyMatch(v -> v.startsWith(today) && v.length() > today.length()));
        assertFalse(campaignValues.toString(), campaignValues.stream().anyMatch(v -> v.matches("\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} .*")));

        // and the case closed after the auditor's confirmation
        selectCase(tree, title, "Assessed");
        new WorkbenchCommands(ui, page).execute(CloseCaseHandler.COMMAND_ID);
        Shell confirm = ui.shell("Close case");
        ui.clickButton(confirm, "Yes");
        ui.waitUntil("the case closed", () -> store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0)
                .getState() == CaseState.CLOSED);
        selectCase(tree, title, "Closed");
    }

    @Test
    public void anOverdueCaseGetsAReminderWithANewDeadline() throws Exception {
        AuditStore store = WorkbenchStore.get();
        String title = "Hafnium Erinnerungen " + System.nanoTime();
        ScannedCase scanned = ScannedCase.create(title, "Pfarrei Schweigen " + System.nanoTime(), "schweigen-" + System.nanoTime() + ".test");
        long campaignId = scanned.campaign().getId();
        long institutionId = scanned.institution().getId();
        Campaign begun = store.campaigns().load(campaignId).orElseThrow(); // before its letter went out 40 days ago
        begun.setCreatedOn(Dates.of(LocalDate.now().minusDays(60)));
        store.campaigns().save(begun);
        scanned.desk().recordLetterGenerated(campaignId, institutionId, "anschreiben.pdf");
        scanned.desk().recordLetterSent(campaignId, institutionId, LocalDate.now().minusDays(40), LocalDate.now().minusDays(10));
        WorkbenchStore.changed();

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Tree tree = ScannedCase.showCampaigns(ui, page);
        selectCase(tree, title, "Letter sent");
        assertEquals("overdue", ui.call(() -> caseItemParent(tree, title).getItem(0).getText(3)));
        Shell reminder = open(page, ReminderSentHandler.COMMAND_ID, "reminder.dialog");
        ui.click(okButton(reminder));
        ui.waitUntil("the reminder dialog closed", reminder::isDisposed);
        AuditCase stored = store.campaigns().load(campaignId).orElseThrow().getCases().get(0);
        assertEquals(CaseState.REMINDER_SENT, stored.getState());
        assertEquals(Optional.of(LocalDate.now().plusDays(14)), CaseDeadline.of(stored));
        selectCase(tree, title, "Reminder sent");
        assertEquals("no longer overdue", "", ui.call(() -> caseItemParent(tree, title).getItem(0).getText(3)));
    }

    private static TreeItem caseItemParent(Tree tree, String campaignTitle) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(campaignTitle + " (1)")).findFirst().orElseThrow();
    }

    private void selectCase(Tree tree, String campaignTitle, String state) {
        TreeItem caseItem = ui.waitFor("the case shown as '" + state + "'", () -> {
            for (TreeItem item : tree.getItems()) {
                if (item.getText(0).equals(campaignTitle + " (1)")) {
                    item.setExpanded(true);
                    return item.getItemCount() == 1 && state.equals(item.getItem(0).getText(1)) ? item.getItem(0) : null;
                }
            }
            return null;
        });
        ui.run(() -> {
            tree.setFocus();
            tree.setSelection(caseItem);
            tree.notifyListeners(SWT.Selection, new Event());
        });
    }

    private Shell open(IWorkbenchPage page, String commandId, String dialogId) {
        new WorkbenchCommands(ui, page).execute(commandId);
        return ui.waitFor("the dialog " + dialogId, () -> {
            for (Shell shell : ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && dialogId.equals(shell.getData(Widgets.ID_KEY))) {
                    return shell;
                }
            }
            return null;
        });
    }

    /** Everything the shell shows in labels, texts and buttons. */
    private String shownText(Shell shell) {
        return ui.call(() -> String.join("\n", ui.all(shell, org.eclipse.swt.widgets.Control.class).stream().map(Widgets::textOf)
                .filter(t -> t != null).toList()));
    }

    private void choose(Shell dialog, String comboId, int index) {
        Combo combo = ui.find(dialog, Combo.class, Widgets.withId(comboId), comboId);
        ui.run(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private void typeInto(Shell dialog, String textId, String typed) {
        Text text = text(dialog, textId);
        ui.click(text);
        ui.waitUntil(textId + " focused", text::isFocusControl);
        ui.type(typed);
        ui.waitUntil(textId + " filled", () -> text.getText().equals(typed));
    }

    private Text text(Shell dialog, String id) {
        return ui.find(dialog, Text.class, Widgets.withId(id), id);
    }

    private Button button(Shell dialog, String id) {
        return ui.find(dialog, Button.class, Widgets.withId(id), id);
    }

    private Button okButton(Shell dialog) {
        return ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()), "the OK button");
    }
}
