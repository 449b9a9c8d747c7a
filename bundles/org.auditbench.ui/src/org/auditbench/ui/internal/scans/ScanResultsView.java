package org.auditbench.ui.internal.scans;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Identifiable;
import org.auditbench.model.Institution;
import org.auditbench.model.NetAddress;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.emf.ItemTreeContentProvider;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The latest outside check of the institution selected in the Institutions or Campaigns view: its
 * verdict in one line, per mail domain its mail servers and their addresses with provider (port rows
 * folded away), every finding with its result, and the selected finding's full evidence below.
 */
public final class ScanResultsView extends ViewPart implements ISelectionListener, WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.scanResults";

    private TreeViewer viewer;
    private Label heading;
    private Label verdict;
    private Institution shown;
    /** The institution whose scans the tree holds now (shown is the one being loaded). */
    private Institution displayed;
    private int loads;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        // the verdict first, so that a narrow view still shows it
        verdict = WidgetIds.set(new Label(parent, SWT.NONE), "scanResults.verdict");
        verdict.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        heading = WidgetIds.set(new Label(parent, SWT.NONE), "scanResults.heading");
        heading.setText(Messages.ScanResults_nothingSelected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.set(viewer.getTree(), "scanResults.tree");
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new ItemTreeContentProvider());
        FindingColumns columns = new FindingColumns();
        columns.install(viewer);
        ColumnViewerToolTipSupport.enableFor(viewer);
        EvidencePane evidence = new EvidencePane(sash, columns);
        viewer.addSelectionChangedListener(e -> evidence.show(e.getStructuredSelection().getFirstElement()));
        sash.setWeights(1, 1);
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
            if (shown != null && shown.getId() == institution.getId() && institution.getId() != 0) {
                return; // the same institution selected again after a reload: this view reloads on its own
            }
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

    /** Loads the institution's latest scans in a job; a newer selection supersedes a load still running. */
    private void show(Institution institution) {
        shown = institution;
        int load = ++loads;
        Job job = Job.create(NLS.bind(Messages.ScanResults_loading, institution.getName()), (IProgressMonitor monitor) -> {
            List<DomainScan> scans = WorkbenchStore.get().scanRuns().latestDomainScans(institution);
            InstitutionVerdict result = InstitutionVerdict.of(scans);
            viewer.getControl().getDisplay().asyncExec(() -> show(load, institution, scans, result));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int load, Institution institution, List<DomainScan> scans, InstitutionVerdict result) {
        if (load != loads || viewer.getControl().isDisposed()) {
            return;
        }
        heading.setText(scans.isEmpty() ? NLS.bind(Messages.ScanResults_none, institution.getName())
                : NLS.bind(Messages.ScanResults_heading, institution.getName()));
        verdict.setText(scans.isEmpty() ? "" : VerdictTexts.text(result));
        verdict.setForeground(VerdictTexts.colour(result));
        heading.getParent().layout();
        Object selected = institution == displayed ? viewer.getStructuredSelection().getFirstElement() : null;
        displayed = institution;
        viewer.setInput(scans);
        viewer.setExpandedElements(foldedAtAddresses(scans).toArray());
        Object again = sameIn(scans, selected);
        if (again != null) {
            viewer.setSelection(new StructuredSelection(again), true);
        }
    }

    /**
     * What was selected before a reload (after a save, here or by another client), found again among the
     * reloaded objects by its kind and stored id, so that the auditor keeps the finding they were reading.
     */
    private static Object sameIn(List<DomainScan> scans, Object selected) {
        if (!(selected instanceof Identifiable before) || before.getId() == 0) {
            return null;
        }
        for (var it = EcoreUtil.<EObject>getAllContents(scans, true); it.hasNext();) {
            EObject candidate = it.next();
            if (candidate.eClass() == before.eClass() && ((Identifiable) candidate).getId() == before.getId()) {
                return candidate;
            }
        }
        return null;
    }

    /** Everything open down to the addresses; their port rows stay folded. */
    private List<Object> foldedAtAddresses(List<DomainScan> scans) {
        ItemTreeContentProvider content = (ItemTreeContentProvider) viewer.getContentProvider();
        List<Object> expanded = new ArrayList<>();
        List<Object> open = new ArrayList<>(scans);
        while (!open.isEmpty()) {
            Object element = open.remove(open.size() - 1);
            if (!(element instanceof NetAddress) && content.hasChildren(element)) {
                expanded.add(element);
                open.addAll(List.of(content.getChildren(element)));
            }
        }
        return expanded;
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
