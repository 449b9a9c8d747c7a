package org.auditbench.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.io.RegisterValidator;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Campaign;
import org.auditbench.store.SaveConflictException;
import org.auditbench.ui.internal.UiBenchmarkRun;
import org.auditbench.ui.internal.emf.EditingSession;
import org.auditbench.ui.internal.emf.ValidationMarks;
import org.auditbench.ui.internal.store.SaveConflicts;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * One campaign on five pages: Overview, Members, Phase 1 results, Letters, Statements and assessments.
 * Everything is read in a job and read again when the store changes (letters written or sent, a
 * statement recorded ...). The campaign's title is edited through EMF commands with undo; saving puts
 * the edited attributes on the campaign as stored now, so work done meanwhile by the Audit commands is
 * kept, but from the version the editor read: a title saved meanwhile by somebody else is not overwritten
 * without asking (Save Conflict). Without edits the editor follows the stored title. The selected case or campaign is the editor's selection, so the Audit menu works on it.
 */
public final class CampaignEditor extends FormEditor implements WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.editors.campaign";

    /** What the editor changes; the rest of the campaign is the workflow's. */
    static final List<EAttribute> EDITED = List.of(AuditPackage.Literals.CAMPAIGN__TITLE);

    private final SelectionForwarder selection = new SelectionForwarder();
    private final List<CampaignPage> pages = new ArrayList<>();
    private EditingSession session;
    private CampaignData data;
    /** The campaign as first read: the object the editor's commands change. */
    private Campaign edited;
    private String problems;
    /** Counts the reads asked for: only the newest one's result is shown. */
    private int reads;
    private boolean disposed;

    /** Opens (or brings to front) the editor of the campaign {@code campaignId}. */
    public static CampaignEditor open(IWorkbenchPage page, long campaignId, String title) throws PartInitException {
        return (CampaignEditor) page.openEditor(new CampaignEditorInput(campaignId, title), ID);
    }

    /** Opens the editor of the selected campaign (a double click in the Campaigns view); other selections are left alone. */
    public static void openSelected(IWorkbenchPage page, ISelection selection) {
        if (selection instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof Campaign campaign) {
            try {
                open(page, campaign.getId(), campaign.getTitle());
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CampaignEditorInput)) {
            throw new PartInitException("not a campaign: " + input);
        }
        super.init(site, input);
        session = new EditingSession(this::changed);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
        WorkbenchStore.addListener(this);
        read();
    }

    @Override
    protected void addPages() {
        try {
            for (CampaignPage page : List.of(new OverviewPage(this), new MembersPage(this), new ResultsPage(this),
                    new LettersPage(this), new StatementsPage(this))) {
                pages.add(page);
                addPage(page);
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    long campaignId() {
        return ((CampaignEditorInput) getEditorInput()).id();
    }

    /** The campaign as read last, or null while it is being read. */
    CampaignData data() {
        return data;
    }

    /** The campaign the editor's commands change (null while it is being read). */
    Campaign edited() {
        return edited;
    }

    EditingSession session() {
        return session;
    }

    /** Makes {@code chosen} (cases, or the campaign when empty) the editor's selection. */
    void select(List<?> chosen) {
        ISelection next = chosen.isEmpty() && data != null ? new StructuredSelection(data.campaign()) : new StructuredSelection(chosen);
        selection.setSelection(next);
    }

    @Override
    public void storeChanged() {
        read();
    }

    private void read() {
        int read = ++reads;
        long id = campaignId();
        Job job = Job.create(NLS.bind(Messages.Campaign_reading, getPartName()), monitor -> {
            try {
                CampaignData loaded = CampaignData.load(WorkbenchStore.get(), id);
                Display.getDefault().asyncExec(() -> show(read, loaded));
                return Status.OK_STATUS;
            } catch (Exception e) {
                String problem = NLS.bind(Messages.Campaign_readFailed, e.getMessage());
                Display.getDefault().asyncExec(() -> pages.forEach(page -> page.showProblem(problem)));
                return new Status(IStatus.WARNING, "org.auditbench.ui", problem, e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int read, CampaignData loaded) {
        if (read != reads || disposed) {
            return;
        }
        data = loaded;
        if (edited == null) {
            edited = loaded.campaign();
        } else if (!isDirty() && loaded.campaign().getRowVersion() > edited.getRowVersion()) {
            // only a newer version: a read begun before the editor's own save must not take it back
            followStored(loaded.campaign());
        }
        pages.forEach(page -> page.show(loaded));
        select(List.of());
        changed();
        UiBenchmarkRun.campaignShown(this);
    }

    /** Another client saved the campaign: without edits of its own the editor shows the stored title and version. */
    private void followStored(Campaign stored) {
        for (EAttribute attribute : EDITED) {
            edited.eSet(attribute, stored.eGet(attribute));
        }
        edited.setRowVersion(stored.getRowVersion());
        session.reloaded();
        setPartName(edited.getTitle());
    }

    /** After every command, undo and redo: dirty state and the validator's findings. */
    private void changed() {
        firePropertyChange(PROP_DIRTY);
        if (edited != null) {
            Diagnostic findings = RegisterValidator.check(edited);
            problems = ValidationMarks.headline(findings);
            pages.stream().filter(OverviewPage.class::isInstance).forEach(page -> ((OverviewPage) page).showFindings(findings));
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (problems != null) {
            MessageDialog.openError(getSite().getShell(), Messages.Campaign_saveFailed, problems);
            monitor.setCanceled(true);
            return;
        }
        try {
            CampaignSaving.save(WorkbenchStore.get(), edited);
        } catch (SaveConflictException e) {
            if (e.subject() instanceof Campaign) {
                Campaign stored = WorkbenchStore.get().campaigns().load(campaignId()).orElse(null);
                SaveConflicts.resolve(this, monitor, e, edited, stored, EDITED, () -> doSave(monitor));
            } else {
                MessageDialog.openError(getSite().getShell(), Messages.Campaign_saveFailed, e.getMessage());
                monitor.setCanceled(true);
            }
            return;
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Campaign_saveFailed, e.getMessage());
            monitor.setCanceled(true);
            return;
        }
        // a read begun before this save would show the campaign as it was: only the next read counts
        reads++;
        session.saved();
        setPartName(edited.getTitle());
        changed();
        WorkbenchStore.changed();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IEditingDomainProvider.class) {
            return adapter.cast(session);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        disposed = true;
        WorkbenchStore.removeListener(this);
        super.dispose();
    }
}
