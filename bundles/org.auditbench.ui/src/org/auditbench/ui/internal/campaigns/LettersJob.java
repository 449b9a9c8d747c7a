package org.auditbench.ui.internal.campaigns;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.StepRefusedException;
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
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the request letters of one campaign (or the letter of one of its cases again) into
 * {@code <data>/letters/campaign-<id>} in the background; the result says where they are and names the cases
 * that got none, with the reason (a warning then), and a case whose letter the workflow does not write
 * again (it was sent) is refused with the reason, as a warning too.
 */
public final class LettersJob extends Job {

    public static final Object FAMILY = LettersJob.class;

    private final long campaignId;
    /** The one case whose letter is written again; 0 for all that wait for one. */
    private final long institutionId;

    public LettersJob(long campaignId, String title) {
        this(campaignId, 0, NLS.bind(Messages.Letters_job, title));
    }

    private LettersJob(long campaignId, long institutionId, String name) {
        super(name);
        this.campaignId = campaignId;
        this.institutionId = institutionId;
        setUser(true);
    }

    /** The letter of one case written again from the data as they are now. */
    public static LettersJob ofCase(long campaignId, long institutionId, String institutionName) {
        return new LettersJob(campaignId, institutionId, NLS.bind(Messages.Letters_jobOne, institutionName));
    }

    /**
     * Schedules the job; when it ends with a warning (cases without a letter, a refusal), a dialog shows
     * it, over {@code shell} while that is still open (else on its own: the warning is never lost).
     */
    public void scheduleShowingWarnings(Shell shell) {
        Display display = shell.getDisplay();
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                // an error shows itself; cases left without a letter must be seen too
                if (done.getResult().getSeverity() == IStatus.WARNING && !display.isDisposed()) {
                    display.asyncExec(() -> MessageDialog.openWarning(shell.isDisposed() ? null : shell, Messages.Letters_title,
                            done.getResult().getMessage()));
                }
            }
        });
        schedule();
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
            MailMerge letters = new MailMerge(session, Authority.load(WorkbenchStore.dataDirectory()));
            LetterRun run = institutionId == 0
                    ? letters.write(campaignId, LetterKind.REQUEST, ReportFormat.PDF, LocalDate.now(), null, directory, null, monitor)
                    : letters.rewrite(campaignId, institutionId, ReportFormat.PDF, LocalDate.now(), directory, monitor);
            WorkbenchStore.changed();
            Locale locale = Locale.getDefault();
            List<String> lines = new ArrayList<>(run.skippedLines(locale));
            lines.add(run.summary(locale));
            boolean complete = run.skipped().isEmpty() && !run.written().isEmpty();
            return new Status(complete ? IStatus.OK : IStatus.WARNING, AuditbenchUiPlugin.ID, String.join("\n", lines));
        } catch (StepRefusedException e) {
            return new Status(IStatus.WARNING, AuditbenchUiPlugin.ID, e.text().in(Locale.getDefault()));
        } catch (OperationCanceledException e) {
            WorkbenchStore.changed();
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Letters_failed, e.getMessage()), e);
        }
    }
}
