package org.auditbench.ui.internal.results;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.scan.MailServerCheck;
import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.model.DomainScan;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.ScanFailedException;
import org.auditbench.scan.ScanSettings;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Rescan Campaign: the Phase 1 checks for every member again, through core's follow-up scan, with the
 * engine's progress (domains and institutions done) and cancel. Each domain is reported to the
 * {@link Listener}s as soon as it is done. A cancelled rescan stores nothing (core refuses a part run:
 * the delta against it would report every unchecked domain as gone), so the previous results stand.
 */
public final class RescanJob extends Job {

    public static final Object FAMILY = RescanJob.class;

    /** Hears of a rescan while it runs, on the job's thread. */
    public interface Listener {
        void domainDone(long campaignId, DomainScan scan);

        void finished(long campaignId, IStatus result);
    }

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private final long campaignId;
    private final String title;
    private final ScanSettings settings;

    public RescanJob(long campaignId, String title, ScanSettings settings) {
        super(NLS.bind(Messages.Rescan_job, title));
        this.campaignId = campaignId;
        this.title = title;
        this.settings = settings;
        setUser(true);
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IStatus result = rescan(monitor);
        LISTENERS.forEach(l -> l.finished(campaignId, result));
        return result;
    }

    private IStatus rescan(IProgressMonitor monitor) {
        AuditStore store = WorkbenchStore.get();
        WorkflowSession session = new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        try {
            ScanRun run = new CampaignDesk(session).rescan(campaignId,
                    new MailServerCheck(settings, scan -> LISTENERS.forEach(l -> l.domainDone(campaignId, scan))), monitor);
            WorkbenchStore.changed();
            return new Status(IStatus.OK, AuditbenchUiPlugin.ID,
                    NLS.bind(Messages.Rescan_done, new Object[] { run.getId(), title, run.getDomainScans().size() }));
        } catch (OperationCanceledException e) {
            return new Status(IStatus.CANCEL, AuditbenchUiPlugin.ID, NLS.bind(Messages.Rescan_cancelled, title));
        } catch (ScanEngineUnavailableException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Rescan_noEngine, e.getMessage()), e);
        } catch (BadInputException | ScanFailedException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Rescan_failed, e.getMessage()), e);
        }
    }

}
