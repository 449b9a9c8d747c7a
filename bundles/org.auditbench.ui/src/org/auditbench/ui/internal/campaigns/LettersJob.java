package org.auditbench.ui.internal.campaigns;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.WorkflowSession;
import org.auditbench.core.letters.LetterRun;
import org.auditbench.model.LetterKind;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.MailMerge;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the request letters of one campaign into {@code <data>/letters/campaign-<id>} in the background;
 * the result says where they are and names the cases that got none, with the reason (a warning then).
 */
public final class LettersJob extends Job {

    public static final Object FAMILY = LettersJob.class;

    private final long campaignId;

    public LettersJob(long campaignId, String title) {
        super(NLS.bind(Messages.Letters_job, title));
        this.campaignId = campaignId;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path directory = WorkbenchStore.dataDirectory().resolve("letters").resolve("campaign-" + campaignId);
        try {
            WorkflowSession session = CaseWork.session();
            LetterRun run = new MailMerge(session, Authority.load(WorkbenchStore.dataDirectory()))
                    .write(campaignId, LetterKind.REQUEST, ReportFormat.PDF, LocalDate.now(), null, directory, null, monitor);
            WorkbenchStore.changed();
            Locale locale = Locale.getDefault();
            List<String> lines = new ArrayList<>(run.skippedLines(locale));
            lines.add(run.summary(locale));
            boolean complete = run.skipped().isEmpty() && !run.written().isEmpty();
            return new Status(complete ? IStatus.OK : IStatus.WARNING, AuditbenchUiPlugin.ID, String.join("\n", lines));
        } catch (OperationCanceledException e) {
            WorkbenchStore.changed();
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Letters_failed, e.getMessage()), e);
        }
    }
}
