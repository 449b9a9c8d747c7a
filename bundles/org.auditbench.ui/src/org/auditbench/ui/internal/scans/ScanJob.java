package org.auditbench.ui.internal.scans;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanFailedException;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Checks the mail servers of some institutions from outside (the Phase 1 checks) in the background,
 * with progress in the Progress view, and stores the run. A cancelled or failed run stores nothing.
 */
public final class ScanJob extends Job {

    /** The family of scan jobs, to find or wait for them. */
    public static final Object FAMILY = ScanJob.class;

    private final List<Institution> institutions;
    private final ScanSettings settings;

    public ScanJob(List<Institution> institutions, ScanSettings settings) {
        super(String.format(Messages.ScanJob_name, institutions.size()));
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
        List<ScanRequest> requests = new ArrayList<>();
        for (Institution institution : institutions) {
            for (MailDomain domain : institution.getMailDomains()) {
                requests.add(new ScanRequest(domain.getName(), institution));
            }
        }
        if (requests.isEmpty()) {
            return new Status(IStatus.WARNING, AuditbenchUiPlugin.ID, Messages.ScanJob_noDomains);
        }
        ScanRun run;
        try {
            run = ScanEngine.fromExtensions(settings).run(requests, null, monitor);
        } catch (CoreException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, Messages.ScanJob_noEngine, e);
        } catch (ScanFailedException e) {
            // nothing of a failed run is stored: the database stays as it was
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, String.format(Messages.ScanJob_failed, e.getMessage()), e);
        }
        if (run.getStatus() != ScanRunStatus.COMPLETED) {
            return Status.CANCEL_STATUS;
        }
        WorkbenchStore.get().scanRuns().save(run);
        WorkbenchStore.changed();
        return Status.OK_STATUS;
    }
}
