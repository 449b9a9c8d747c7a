package org.auditbench.ui.internal.institutions;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.auditbench.ui.WidgetIds;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A refused import in a dialog: why, and every bad row by file and line in a selectable list, so nothing
 * is only in the log (JFace's ErrorDialog hides the rows behind Details and stays shut in automated runs).
 */
public final class ImportProblems extends TitleAreaDialog {

    private final IStatus result;

    private ImportProblems(Shell parent, IStatus result) {
        super(parent);
        this.result = result;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog over {@code shell} when {@code job} ends refused or failed. */
    public static void showWhenRefused(Job job, Shell shell) {
        Display display = shell.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = event.getResult();
                if (status.getSeverity() == IStatus.ERROR && !display.isDisposed()) {
                    // over the shell while it is open, else on its own: the refusal is never lost
                    display.asyncExec(() -> new ImportProblems(shell.isDisposed() ? null : shell, status).open());
                }
            }
        });
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Import_title);
        WidgetIds.set(shell, "import.problems");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Import_title);
        setErrorMessage(result.getMessage());
        Composite margins = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(margins);
        GridLayoutFactory.swtDefaults().applyTo(margins);
        Text rows = WidgetIds.set(new Text(margins, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL),
                "import.problems.rows");
        rows.setFont(JFaceResources.getTextFont());
        IStatus[] children = result.getChildren();
        rows.setText(children.length == 0 ? String.valueOf(result.getMessage())
                : Arrays.stream(children).map(IStatus::getMessage).collect(Collectors.joining("\n")));
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 240).applyTo(rows);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
