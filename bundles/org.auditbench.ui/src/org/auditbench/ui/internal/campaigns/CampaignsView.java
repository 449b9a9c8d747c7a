package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.auditbench.core.CaseDeadline;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The campaigns and their cases: where each institution stands (selected, scanned, letter sent ...),
 * its deadline and whether the statement is overdue (computed from the deadline and today, never
 * stored), and for each campaign how many answered, its cases by state and its template. Loaded in a
 * job. Selecting a case shows the institution's latest check in the Mail Servers view.
 */
public final class CampaignsView extends ViewPart implements WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.campaigns";

    private TreeViewer viewer;
    private int loads;
    /** The campaign to select when the next load shows it, 0 for none. */
    private long revealing;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        WidgetIds.set(viewer.getTree(), "campaigns.tree");
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column(Messages.Campaigns_name, 300, CampaignsView::name);
        column(Messages.Campaigns_state, 170, CampaignsView::state);
        column(Messages.Campaigns_deadline, 110, CampaignsView::deadline);
        TreeViewerColumn overdue = new TreeViewerColumn(viewer, SWT.NONE);
        overdue.getColumn().setText(Messages.Campaigns_overdue);
        overdue.getColumn().setWidth(90);
        overdue.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Campaign campaign) {
                    long overdue = CampaignProgress.overdue(campaign, LocalDate.now());
                    return overdue == 0 ? "" : NLS.bind(Messages.Campaigns_overdueCount, overdue);
                }
                return isOverdue(element) ? Messages.Campaigns_overdueYes : "";
            }

            @Override
            public Color getForeground(Object element) {
                return isOverdue(element) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
        column(Messages.Campaigns_details, 520, CampaignsView::progress);
        viewer.setContentProvider(new CampaignContent());
        viewer.addDoubleClickListener(e -> CampaignEditor.openSelected(getSite().getPage(), e.getSelection()));
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);
        WorkbenchStore.addListener(this);
        storeChanged();
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private static String name(Object element) {
        if (element instanceof Campaign campaign) {
            return campaign.getTitle() + " (" + campaign.getCases().size() + ")";
        }
        Institution institution = ((AuditCase) element).getInstitution();
        return institution == null ? "?" : institution.getName();
    }

    private static String state(Object element) {
        return element instanceof AuditCase auditCase ? AuditbenchItemProviders.literal(auditCase.getState())
                : CampaignProgress.answered((Campaign) element);
    }

    private static String deadline(Object element) {
        if (element instanceof AuditCase auditCase) {
            return CaseDeadline.of(auditCase).map(AuditbenchItemProviders::date).orElse("");
        }
        return AuditbenchItemProviders.date(((Campaign) element).getDeadline());
    }

    private static String progress(Object element) {
        return element instanceof Campaign campaign ? CampaignProgress.details(campaign)
                : NLS.bind(Messages.Campaigns_selectedAs, AuditbenchItemProviders.literal(((AuditCase) element).getSelectionReason()));
    }

    private static boolean isOverdue(Object element) {
        return element instanceof Campaign campaign ? CampaignProgress.overdue(campaign, LocalDate.now()) > 0
                : CampaignProgress.isOverdue((AuditCase) element, LocalDate.now());
    }

    /** Reloads the campaigns in a job; a newer load supersedes an older one still running. */
    @Override
    public void storeChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        int load = ++loads;
        Job job = Job.create(Messages.Campaigns_loading, (IProgressMonitor monitor) -> {
            AuditStore store = WorkbenchStore.get();
            List<Campaign> campaigns = new ArrayList<>();
            for (Campaign listed : store.campaigns().list()) {
                // loads the campaign with its members only, not the whole register
                store.campaigns().load(listed.getId()).ifPresent(campaigns::add);
            }
            viewer.getControl().getDisplay().asyncExec(() -> show(load, campaigns));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int load, List<Campaign> campaigns) {
        if (load != loads || viewer.getControl().isDisposed()) {
            return;
        }
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(campaigns);
        viewer.expandToLevel(2);
        Object again = revealing != 0 ? campaigns.stream().filter(c -> c.getId() == revealing).findFirst().orElse(null)
                : reloaded(selected, campaigns);
        if (again != null) {
            revealing = 0;
            viewer.setSelection(new StructuredSelection(again), true);
        }
    }

    /** The reloaded object the auditor had selected, so a reload keeps the selection (and the commands it enables). */
    private static Object reloaded(Object selected, List<Campaign> campaigns) {
        if (selected instanceof Campaign old) {
            return campaigns.stream().filter(c -> c.getId() == old.getId()).findFirst().orElse(null);
        }
        if (selected instanceof AuditCase old) {
            return campaigns.stream().flatMap(c -> c.getCases().stream()).filter(c -> c.getId() == old.getId()).findFirst()
                    .orElse(null);
        }
        return null;
    }

    /** Shows the view with campaign {@code campaignId} selected once it is loaded (after a wizard stored it). */
    public static void reveal(IWorkbenchPage page, long campaignId) {
        try {
            CampaignsView view = (CampaignsView) page.showView(ID);
            view.revealing = campaignId;
            view.storeChanged();
        } catch (PartInitException e) {
            throw new IllegalStateException("the Campaigns view cannot open: " + e.getMessage(), e);
        }
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

    private static final class CampaignContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Campaign campaign ? campaign.getCases().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof AuditCase auditCase ? auditCase.getCampaign() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Campaign campaign && !campaign.getCases().isEmpty();
        }
    }
}
