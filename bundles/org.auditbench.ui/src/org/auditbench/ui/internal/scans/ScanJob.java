package org.auditbench.ui.internal.scans;

import java.util.List;

import org.auditbench.core.scan.MailServerCheck;
import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanFailedException;
import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Checks the mail servers of some institutions from outside (the Phase 1 checks) in the background,
 * with progress in the Progress view, through core's {@link MailServerCheck}, which stores the run (a
 * cancelled or failed one without results, as on the command line).
 */
public final class ScanJob extends Job {

    /** The family of scan jobs, to find or wait for them. */
    public static final Object FAMILY = ScanJob.class;

    private final List<Institution> institutions;
    private final ScanSettings settings;

    public ScanJob(List<Institution> institutions, ScanSettings settings) {
        super(NLS.bind(Messages.ScanJob_name, institutions.size()));
        this.institutions = List.copyOf(institutions);
        this.settings = settings;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (MailServerCheck.requests(institutions).isEmpty()) {
            return new Status(IStatus.WARNING, AuditbenchUiPlugin.ID, Messages.ScanJob_noDomains);
        }
        ScanRun run;
        try {
            run = new MailServerCheck(settings).check(WorkbenchStore.get(), institutions, monitor);
        } catch (ScanEngineUnavailableException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, Messages.ScanJob_noEngine, e);
        } catch (ScanFailedException e) {
            WorkbenchStore.changed();
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.ScanJob_failed, e.getMessage()), e);
        }
        WorkbenchStore.changed();
        if (run.getStatus() != ScanRunStatus.COMPLETED) {
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }
}
