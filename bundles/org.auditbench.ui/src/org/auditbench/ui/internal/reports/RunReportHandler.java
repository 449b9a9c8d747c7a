package org.auditbench.ui.internal.reports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Audit > Run Report...: the Run Report dialog on the selected campaign, case, institution or scan run;
 * the chosen report runs as a job and the file opens with the desktop's program when it is written (or,
 * where there is none, the auditor is told where it is). Enabled by the declared expression only where a
 * report is offered for the selection.
 */
public final class RunReportHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.runReport";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ReportTarget target = ReportTarget.of(HandlerUtil.getCurrentSelection(event)).orElse(null);
        if (target == null || target.reports().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.RunReport_title, Messages.RunReport_selectFirst);
            return null;
        }
        RunReportDialog dialog = new RunReportDialog(shell, target);
        if (dialog.open() != Window.OK) {
            return null;
        }
        ReportJob job = dialog.job();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().getSeverity() == IStatus.OK && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> open(shell, job));
                }
            }
        });
        job.schedule();
        return null;
    }

    private static void open(Shell shell, ReportJob job) {
        try {
            ReportFiles.open(job.file());
        } catch (RuntimeException e) {
            MessageDialog.openInformation(shell, Messages.RunReport_title, NLS.bind(Messages.RunReport_writtenTo, job.file()));
        }
    }
}
