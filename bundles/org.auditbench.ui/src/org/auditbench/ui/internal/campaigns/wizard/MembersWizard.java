package org.auditbench.ui.internal.campaigns.wizard;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What New Campaign and Draw Sample share: the members page, storing in the background with the
 * previewed settings, and showing the campaign selected in the Campaigns view afterwards. A failure
 * stores nothing and keeps the wizard open with the reason.
 */
abstract class MembersWizard extends Wizard {

    private final IWorkbenchPage page;
    private SamplePage members;
    private long storedCampaign;

    private final String shellId;

    /** @param shellId names the wizard's shell for the UI tests */
    MembersWizard(IWorkbenchPage page, String shellId) {
        this.page = page;
        this.shellId = shellId;
        setNeedsProgressMonitor(true);
    }

    /** The members page; its preview draws through {@link #draw()}. */
    final SamplePage membersPage(List<Institution> selected) {
        members = new SamplePage(selected, this::draw);
        return members;
    }

    /** The wizard's work in the background, with the pages' values read before (on the UI thread). */
    interface Draw {
        /** The members the request would give; nothing stored. */
        List<AuditCase> preview(SampleRequest request) throws BadInputException;

        /** Stores the members as requested; returns the campaign's id. */
        long store(SampleRequest request) throws BadInputException;
    }

    /** Called on the UI thread: the work with what the pages say now. */
    abstract Draw draw();

    /** The workflow as the signed-in auditor, today. */
    static CampaignDesk desk() {
        AuditStore store = WorkbenchStore.get();
        return new CampaignDesk(new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn()));
    }

    @Override
    public void createPageControls(Composite pageContainer) {
        super.createPageControls(pageContainer);
        WidgetIds.set(pageContainer.getShell(), shellId);
    }

    @Override
    public boolean canFinish() {
        return members != null && members.previewedRequest() != null && super.canFinish();
    }

    @Override
    public boolean performFinish() {
        SampleRequest request = members.previewedRequest();
        Draw draw = draw();
        AtomicLong id = new AtomicLong();
        try {
            getContainer().run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(Messages.Finish_creating, IProgressMonitor.UNKNOWN);
                try {
                    id.set(draw.store(request));
                } catch (BadInputException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            members.setErrorMessage(NLS.bind(Messages.Finish_failed, e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        storedCampaign = id.get();
        WorkbenchStore.changed();
        CampaignsView.reveal(page, storedCampaign);
        return true;
    }

    /** The workbench page the wizard was opened on. */
    final IWorkbenchPage page() {
        return page;
    }

    /** The campaign stored by the finished wizard, 0 before. */
    long storedCampaign() {
        return storedCampaign;
    }
}
