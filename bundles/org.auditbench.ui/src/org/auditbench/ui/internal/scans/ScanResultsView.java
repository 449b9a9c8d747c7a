package org.auditbench.ui.internal.scans;

import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.emf.ItemTreeContentProvider;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The latest outside check of the institution selected in the Institutions or Campaigns view: per mail domain its
 * mail servers, their addresses with provider and port states, and every finding with its evidence
 * (select one to see it in the Properties view).
 */
public final class ScanResultsView extends ViewPart implements ISelectionListener, WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.scanResults";

    private TreeViewer viewer;
    private Label heading;
    private Institution shown;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = WidgetIds.set(new Label(parent, SWT.WRAP), "scanResults.heading");
        heading.setText(Messages.ScanResults_nothingSelected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.set(viewer.getTree(), "scanResults.tree");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new ItemTreeContentProvider());
        new FindingColumns().install(viewer);
        ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPostSelectionListener(this);
        WorkbenchStore.addListener(this);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof Institution institution) {
            show(institution);
        } else if (first instanceof AuditCase auditCase && auditCase.getInstitution() != null) {
            show(auditCase.getInstitution());
        }
    }

    @Override
    public void storeChanged() {
        if (shown != null && !viewer.getControl().isDisposed()) {
            show(shown);
        }
    }

    private void show(Institution institution) {
        shown = institution;
        List<DomainScan> scans = WorkbenchStore.get().scanRuns().latestDomainScans(institution);
        heading.setText(scans.isEmpty() ? String.format(Messages.ScanResults_none, institution.getName())
                : String.format(Messages.ScanResults_heading, institution.getName()));
        heading.getParent().layout();
        viewer.setInput(scans);
        viewer.expandAll();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        WorkbenchStore.removeListener(this);
        super.dispose();
    }
}
