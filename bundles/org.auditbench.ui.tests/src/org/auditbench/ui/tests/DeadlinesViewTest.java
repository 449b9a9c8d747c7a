package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.UiPreferences;
import org.auditbench.ui.internal.campaigns.DeadlinesView;
import org.auditbench.ui.internal.campaigns.RecordStatementHandler;
import org.auditbench.ui.internal.campaigns.ReminderSentHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.Rule;
import org.junit.Test;

/**
 * The Deadlines view over a campaign of three cases made through core's workflow on the workbench's
 * store: one overdue, one due in five days, one due in thirty. The first two are listed with their days
 * (the overdue one red); Reminder Sent is enabled for the overdue case only, Record Statement for both.
 */
public class DeadlinesViewTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void overdueAndSoonDueCasesAreListedWithTheirDaysAndTheStepsTheWorkflowAllows() throws Exception {
        long tag = System.nanoTime();
        String overdue = "Pfarrei Fristlos " + tag;
        String soon = "Kita Bald " + tag;
        String later = "Schule Sp\u00e4ter " + tag;
        String title = "Hafnium Fristen " + tag;
        LocalDate today = LocalDate.now();
        DueCampaign.create(title, tag, List.of(
                new DueCampaign.Member(overdue, today.minusDays(40), today.minusDays(10)),
                new DueCampaign.Member(soon, today.minusDays(20), today.plusDays(5)),
                new DueCampaign.Member(later, today.minusDays(5), today.plusDays(30))));
        AuditbenchUiPlugin.getDefault().getPreferenceStore().setValue(UiPreferences.DEADLINES_WITHIN_DAYS, 14);

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        IViewPart view = ui.call(() -> {
            try {
                return page.showView(DeadlinesView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Table table = ui.find(window, Table.class, Widgets.withId("deadlines.table"), "the deadlines table");
        Spinner within = ui.find(window, Spinner.class, Widgets.withId("deadlines.withinDays"), "the days spinner");
        assertEquals("the default look-ahead", 14, (int) ui.call(within::getSelection));
        TableItem overdueRow = row(table, overdue);
        TableItem soonRow = row(table, soon);
        assertFalse("due in 30 days is not within 14", ui.call(() -> rowNow(table, later) != null));

        assertEquals(List.of(overdue, title, "Letter sent", AuditbenchItemProviders.date(today.minusDays(10)), "overdue by 10 days",
                "Request sent on " + AuditbenchItemProviders.date(today.minusDays(40))), texts(overdueRow));
        assertEquals("5 days left", ui.call(() -> soonRow.getText(4)));
        Label count = ui.find(window, Label.class, Widgets.withId("deadlines.count"), "the count");
        assertTrue("the count in words: " + ui.call(count::getText), ui.call(count::getText).matches("(1 case|\\d+ cases), \\d+ overdue"));
        assertTrue("the overdue one first", ui.call(() -> table.indexOf(overdueRow) < table.indexOf(soonRow)));
        int red = SWT.COLOR_RED;
        assertEquals(ui.call(() -> ui.display().getSystemColor(red)), ui.call(() -> overdueRow.getForeground(4)));
        assertNotEquals(ui.call(() -> ui.display().getSystemColor(red)), ui.call(() -> soonRow.getForeground(4)));

        ui.run(() -> page.activate(view));
        select(table, overdueRow);
        ui.waitUntil("Reminder Sent enabled for the overdue case", () -> enabled(page, ReminderSentHandler.COMMAND_ID));
        assertTrue(ui.call(() -> enabled(page, RecordStatementHandler.COMMAND_ID)));
        select(table, soonRow);
        ui.waitUntil("Reminder Sent disabled before the deadline", () -> !enabled(page, ReminderSentHandler.COMMAND_ID));
        assertTrue(ui.call(() -> enabled(page, RecordStatementHandler.COMMAND_ID)));
        Screenshots.zoomed(ui, page, DeadlinesView.ID, "deadlines-view");

        // looking further ahead brings the later case in, and the choice is remembered
        ui.run(() -> within.setSelection(40));
        ui.run(() -> within.notifyListeners(SWT.Modify, new Event()));
        row(table, later);
        assertEquals(40, AuditbenchUiPlugin.getDefault().getPreferenceStore().getInt(UiPreferences.DEADLINES_WITHIN_DAYS));
        ui.run(() -> within.setSelection(14));
        ui.run(() -> within.notifyListeners(SWT.Modify, new Event()));
    }

    private TableItem row(Table table, String institution) {
        return ui.waitFor("the row of " + institution, () -> rowNow(table, institution));
    }

    private static TableItem rowNow(Table table, String institution) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(institution)).findFirst().orElse(null);
    }

    private List<String> texts(TableItem item) {
        return ui.call(() -> IntStream.range(0, 6).mapToObj(item::getText).toList());
    }

    private void select(Table table, TableItem item) {
        ui.run(() -> {
            table.setFocus();
            table.setSelection(item);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static boolean enabled(IWorkbenchPage page, String commandId) {
        return WorkbenchCommands.enabledNow(page, commandId);
    }
}
