package org.auditbench.ui.internal.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Renders one report in the background into a file next to the target and moves it into place only when
 * it is complete, so a failed or cancelled run leaves no half-written report (and an older file intact).
 */
public final class ReportJob extends Job {

    public static final Object FAMILY = ReportJob.class;

    private final ReportDefinition report;
    private final ReportRequest request;
    private final ReportFormat format;
    private final Path file;

    ReportJob(ReportDefinition report, ReportRequest request, ReportFormat format, Path file) {
        super(NLS.bind(Messages.RunReport_job, report.name(), file.getFileName()));
        this.report = report;
        this.request = request;
        this.format = format;
        this.file = file;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    Path file() {
        return file;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 3);
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            AuditStore store = WorkbenchStore.get();
            WorkflowSession session = new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn());
            monitor.worked(1);
            try (OutputStream out = Files.newOutputStream(partial)) {
                new ReportRunner(session).run(report, request, format, out);
            }
            monitor.worked(1);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            monitor.worked(1);
            return Status.OK_STATUS;
        } catch (BadInputException | ReportException | IOException e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.RunReport_failed, report.name(), e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the temporary file is hidden and replaced by the next run
            }
            monitor.done();
        }
    }
}
