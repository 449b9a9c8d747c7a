package org.auditbench.ui.internal.results;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.scan.Trend;
import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.ScanRun;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * What changed in the campaign selected in the Campaigns view between its last scan run and the one
 * it repeats: per institution its verdict before and now and whether that is better or worse, the
 * changes of its mail domains below. While a rescan of the campaign runs, its domains appear as they are
 * checked. Loaded in a job.
 */
public final class DeltaView extends ViewPart implements ISelectionListener, RescanJob.Listener, WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.delta";

    private Label headline;
    private Label status;
    private TreeViewer viewer;
    private long campaignId;
    private String title;
    private int loads;
    /** The domains a running rescan of the campaign checked so far; {@code null} when none runs. */
    private List<Object> checking;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
        headline = WidgetIds.set(new Label(area, SWT.WRAP), "delta.headline");
        headline.setText(Messages.Delta_selectCampaign);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
        status = WidgetIds.set(new Label(area, SWT.WRAP), "delta.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TreeViewer(area, SWT.FULL_SELECTION | SWT.BORDER);
        WidgetIds.set(viewer.getTree(), "delta.tree");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column(Messages.Delta_institution, 250, DeltaRows::name, false);
        column(Messages.Delta_direction, 80, DeltaRows::direction, true);
        column(Messages.Delta_before, 170, DeltaRows::before, false);
        column(Messages.Delta_after, 170, DeltaRows::after, false);
        viewer.setContentProvider(new DeltaRows());
        viewer.setInput(List.of());
        getSite().setSelectionProvider(viewer);
        // a listener for all parts, filtered here: the workbench hands a listener for one part's id also the
        // selections that part makes while it is not active, and then takes them for the window's selection,
        // which disables the commands of the part the auditor works in (the Campaigns view re-selects its
        // campaign after every reload)
        getSite().getPage().addSelectionListener(this);
        RescanJob.addListener(this);
        WorkbenchStore.addListener(this);
        ISelection current = getSite().getPage().getSelection(CampaignsView.ID);
        if (current != null) {
            selectionChanged(null, current);
        }
    }

    private void column(String caption, int width, Function<Object, String> text, boolean coloured) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(caption);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return coloured ? DeltaRows.colour(element, viewer.getControl().getDisplay()) : null;
            }
        });
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != null && !CampaignsView.ID.equals(part.getSite().getId())) {
            return; // follows the Campaigns view only
        }
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        Campaign campaign = first instanceof Campaign c ? c : first instanceof AuditCase a ? a.getCampaign() : null;
        if (campaign != null && campaign.getId() != campaignId) {
            follow(campaign.getId(), campaign.getTitle());
        }
    }

    /** Shows the delta of campaign {@code id} (and its rescan, when one runs). */
    public void follow(long id, String campaignTitle) {
        campaignId = id;
        title = campaignTitle;
        checking = null;
        status.setText("");
        load();
    }

    @Override
    public void storeChanged() {
        if (campaignId != 0 && checking == null) {
            load();
        }
    }

    private void load() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        int load = ++loads;
        long id = campaignId;
        String name = title;
        Job job = Job.create(Messages.Delta_loading, (IProgressMonitor monitor) -> {
            AuditStore store = WorkbenchStore.get();
            CampaignDesk desk = new CampaignDesk(new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(),
                    CampaignTemplates.builtIn()));
            List<ScanRun> runs = desk.runs(id);
            List<InstitutionDelta> delta;
            try {
                delta = desk.latestInstitutionDelta(id);
            } catch (BadInputException e) {
                String text = NLS.bind(Messages.Delta_noFollowUp, name, runs.size());
                viewer.getControl().getDisplay().asyncExec(() -> show(load, text, List.of()));
                return Status.OK_STATUS;
            }
            ScanRun latest = runs.get(runs.size() - 1);
            ScanRun previous = latest.getPreviousRun();
            String text = NLS.bind(Messages.Delta_headline, new Object[] { name, latest.getId(), AuditbenchItemProviders.date(latest.getStartedAt()),
                    previous.getId(), AuditbenchItemProviders.date(previous.getStartedAt()), count(delta, Trend.IMPROVED),
                    count(delta, Trend.REGRESSED), count(delta, Trend.CHANGED), count(delta, Trend.UNCHANGED) });
            viewer.getControl().getDisplay().asyncExec(() -> show(load, text, delta));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static long count(List<InstitutionDelta> delta, Trend trend) {
        return delta.stream().filter(c -> c.trend() == trend).count();
    }

    private void show(int load, String text, List<?> rows) {
        if (load != loads || viewer.getControl().isDisposed() || checking != null) {
            return;
        }
        headline.setText(text);
        viewer.setInput(rows);
        // the regressions first catch the eye: open those that got worse
        rows.stream().filter(r -> r instanceof InstitutionDelta c && c.trend() == Trend.REGRESSED)
                .forEach(r -> viewer.setExpandedState(r, true));
        headline.getParent().layout();
    }

    @Override
    public void domainDone(long id, DomainScan scan) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (id != campaignId || viewer.getControl().isDisposed()) {
                return;
            }
            if (checking == null) {
                checking = new ArrayList<>();
                viewer.setInput(checking);
            }
            checking.add(new DeltaRows.Checked(scan));
            viewer.add(checking, checking.get(checking.size() - 1));
            headline.setText(NLS.bind(Messages.Delta_running, title, checking.size()));
            headline.getParent().layout();
        });
    }

    @Override
    public void finished(long id, IStatus result) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (id != campaignId || viewer.getControl().isDisposed()) {
                return;
            }
            checking = null;
            status.setText(result.isOK() ? "" : result.getMessage());
            headline.getParent().layout();
            load();
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(this);
        RescanJob.removeListener(this);
        WorkbenchStore.removeListener(this);
        super.dispose();
    }
}
