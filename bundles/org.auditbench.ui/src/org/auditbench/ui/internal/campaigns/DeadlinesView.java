package org.auditbench.ui.internal.campaigns;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.DueCase;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Letter;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.UiPreferences;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * The cases of all campaigns whose statement is overdue or due within the chosen number of days, the
 * most urgent first (core's due list). Rows are the cases themselves, so the case commands (Record
 * Statement, Reminder Sent) apply to them with their usual enablement; a double click records the
 * statement.
 */
public final class DeadlinesView extends ViewPart implements WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.deadlines";

    private TableViewer viewer;
    private Spinner withinDays;
    private Label count;
    /** The columns of short texts, sized to header and content on every load (their lengths differ by language). */
    private final List<TableColumn> fitted = new ArrayList<>();
    private Map<AuditCase, DueCase> due = Map.of();
    private int loads;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Deadlines_within);
        withinDays = WidgetIds.set(new Spinner(parent, SWT.BORDER), "deadlines.withinDays");
        withinDays.setValues(preferences().getInt(UiPreferences.DEADLINES_WITHIN_DAYS), 0, 365, 0, 1, 7);
        withinDays.addModifyListener(e -> {
            preferences().setValue(UiPreferences.DEADLINES_WITHIN_DAYS, withinDays.getSelection());
            storeChanged();
        });
        new Label(parent, SWT.NONE).setText(Messages.Deadlines_days);
        count = WidgetIds.set(new Label(parent, SWT.NONE), "deadlines.count");
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).align(SWT.FILL, SWT.CENTER).applyTo(count);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.set(viewer.getTable(), "deadlines.table");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(viewer.getTable());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.Deadlines_institution, 220, d -> CaseWork.institution(d.auditCase()));
        column(Messages.Deadlines_campaign, 180, d -> d.campaign().getTitle());
        fitted.add(column(Messages.Deadlines_state, 110, d -> AuditbenchItemProviders.literal(d.auditCase().getState())));
        fitted.add(column(Messages.Deadlines_deadline, 90, d -> AuditbenchItemProviders.date(d.deadline())));
        TableViewerColumn daysLeft = new TableViewerColumn(viewer, SWT.NONE);
        daysLeft.getColumn().setText(Messages.Deadlines_daysLeft);
        daysLeft.getColumn().setWidth(150);
        fitted.add(daysLeft.getColumn());
        daysLeft.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return daysLeft(due.get(element));
            }

            @Override
            public Color getForeground(Object element) {
                return due.get(element).overdue() ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
        column(Messages.Deadlines_lastStep, 200, d -> lastStep(d.auditCase()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> recordStatement());
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        WorkbenchStore.addListener(this);
        storeChanged();
    }

    private TableColumn column(String title, int width, Function<DueCase, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(due.get(element));
            }
        });
        return column.getColumn();
    }

    static String daysLeft(DueCase dueCase) {
        long days = dueCase.daysLeft();
        if (days == 0) {
            return Messages.Deadlines_dueToday;
        }
        if (days < 0) {
            return days == -1 ? Messages.Deadlines_overdueOne : NLS.bind(Messages.Deadlines_overdue, -days);
        }
        return days == 1 ? Messages.Deadlines_leftOne : NLS.bind(Messages.Deadlines_left, days);
    }

    /** The last letter that went out: the request or the reminder, with its date. */
    private static String lastStep(AuditCase auditCase) {
        return auditCase.getLetters().stream().filter(l -> l.getSentOn() != null)
                .max(Comparator.comparing(Letter::getSentOn))
                .map(l -> NLS.bind(Messages.Deadlines_sent, AuditbenchItemProviders.literal(l.getKind()),
                        AuditbenchItemProviders.date(l.getSentOn())))
                .orElse("");
    }

    private void recordStatement() {
        Command command = getSite().getService(ICommandService.class).getCommand(RecordStatementHandler.COMMAND_ID);
        if (command.isEnabled()) {
            try {
                getSite().getService(IHandlerService.class).executeCommand(RecordStatementHandler.COMMAND_ID, null);
            } catch (Exception e) {
                throw new IllegalStateException("Record Statement could not run: " + e.getMessage(), e);
            }
        }
    }

    /** Reloads the due list in a job; a newer load supersedes an older one still running. */
    @Override
    public void storeChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        int load = ++loads;
        int within = withinDays.getSelection();
        LocalDate today = LocalDate.now();
        Job job = Job.create(Messages.Deadlines_loading, (IProgressMonitor monitor) -> {
            try {
                List<DueCase> list = new CaseDesk(CaseWork.session()).due(today, within);
                viewer.getControl().getDisplay().asyncExec(() -> show(load, list));
                return Status.OK_STATUS;
            } catch (BadInputException e) {
                return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Deadlines_failed, e.getMessage()), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int load, List<DueCase> list) {
        if (load != loads || viewer.getControl().isDisposed()) {
            return;
        }
        Map<AuditCase, DueCase> byCase = new HashMap<>();
        list.forEach(d -> byCase.put(d.auditCase(), d));
        due = byCase;
        viewer.setInput(list.stream().map(DueCase::auditCase).toArray());
        fitted.forEach(TableColumn::pack);
        long overdue = list.stream().filter(DueCase::overdue).count();
        // MessageFormat, not NLS.bind: the count chooses "1 case" or "2 cases"
        count.setText(MessageFormat.format(Messages.Deadlines_count, list.size(), overdue));
        count.getParent().layout(new Control[] { count });
    }

    private static IPreferenceStore preferences() {
        return AuditbenchUiPlugin.getDefault().getPreferenceStore();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchStore.removeListener(this);
        super.dispose();
    }
}
