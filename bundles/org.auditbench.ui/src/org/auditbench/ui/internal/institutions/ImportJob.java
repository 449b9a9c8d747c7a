package org.auditbench.ui.internal.institutions;

import java.io.IOException;
import java.nio.file.Path;

import org.auditbench.io.ImportException;
import org.auditbench.io.ImportReport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Imports a register of institutions with progress; a file with bad rows changes nothing and the
 * result lists every row with its line and reason.
 */
public final class ImportJob extends Job {

    private final Path file;

    public ImportJob(Path file) {
        super(NLS.bind(Messages.Import_job, file.getFileName()));
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            ImportReport report = InstitutionImport.importFile(file, WorkbenchStore.get(), monitor);
            WorkbenchStore.changed();
            return new Status(IStatus.OK, AuditbenchUiPlugin.ID, NLS.bind(Messages.Import_done, new Object[] { report.created(),
                    report.updated(), String.join("; ", report.notes()) }));
        } catch (ImportException e) {
            MultiStatus problems = new MultiStatus(AuditbenchUiPlugin.ID, IStatus.ERROR,
                    NLS.bind(e.problems().size() == 1 ? Messages.Import_refusedOne : Messages.Import_refused, file.getFileName(),
                            e.problems().size()), null);
            e.problems().forEach(p -> problems.add(new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, p.toString())));
            return problems;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Import_unreadable, file, e.getMessage()), e);
        }
    }
}
