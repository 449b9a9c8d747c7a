package org.auditbench.ui.internal.reports;

import java.util.List;

import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportScope;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs a report on a campaign, case, institution or scan run as Reports > Run Report... does: the dialog
 * (optionally with one report chosen), then the job; the file opens with the desktop's program when it is
 * written (or, where there is none, the auditor is told where it is). For the pages that offer a report of
 * what they show, such as the campaign editor's Overview.
 */
public final class RunReports {

    private RunReports() {
    }

    /** The reports offered on a scope (a campaign, case, institution or scan run), in contribution order. */
    public static List<ReportDefinition> offeredOn(ReportScope scope) {
        return ReportTarget.reportsOn(scope);
    }

    /**
     * Opens the Run Report dialog on {@code element} with the report {@code reportId} chosen ({@code null}: the
     * first offered) and runs what the auditor confirms.
     */
    public static void open(Shell shell, Object element, String reportId) {
        ReportTarget target = ReportTarget.of(element).orElse(null);
        if (target == null || target.reports().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.RunReport_title, Messages.RunReport_selectFirst);
            return;
        }
        RunReportDialog dialog = new RunReportDialog(shell, target, reportId);
        if (dialog.open() != Window.OK) {
            return;
        }
        ReportJob job = dialog.job();
        // the shell the command ran in may be a dialog that is gone when the job ends: the display stays
        Display display = Display.getCurrent();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().getSeverity() == IStatus.OK && !display.isDisposed()) {
                    display.asyncExec(() -> openFile(display, job));
                }
            }
        });
        job.schedule();
    }

    private static void openFile(Display display, ReportJob job) {
        try {
            ReportFiles.open(job.file());
        } catch (RuntimeException e) {
            MessageDialog.openInformation(display.getActiveShell(), Messages.RunReport_title,
                    NLS.bind(Messages.RunReport_writtenTo, job.file()));
        }
    }
}
