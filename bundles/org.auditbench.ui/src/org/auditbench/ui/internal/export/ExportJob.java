package org.auditbench.ui.internal.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Writes one export file in the background. The file appears only when it is complete: it is written
 * beside its place under a temporary name and moved there at the end, so a failed export leaves what was
 * there before.
 */
public final class ExportJob extends Job {

    /** What an export writes into the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    public static final Object FAMILY = ExportJob.class;

    private final Path target;
    private final Content content;

    ExportJob(String name, Path target, Content content) {
        super(name);
        this.target = target;
        this.content = content;
        setUser(true);
    }

    /**
     * Runs the export; a failure is shown in a dialog when it ends (over {@code shell} while it is open),
     * as a background job's error is easily missed.
     */
    void start(Shell shell) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                if (result.getSeverity() == IStatus.ERROR && !display.isDisposed()) {
                    display.asyncExec(() -> MessageDialog.openError(shell == null || shell.isDisposed() ? null : shell, getName(),
                            result.getMessage()));
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
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Status(IStatus.OK, AuditbenchUiPlugin.ID, NLS.bind(Messages.Export_done, target));
        } catch (Exception e) {
            // no exception attached: the workbench would show the error a second time, with a stack trace
            return new Status(IStatus.ERROR, AuditbenchUiPlugin.ID, NLS.bind(Messages.Export_failed, target, e.getMessage()));
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (java.io.IOException e) {
            // the temporary file stays beside the export; nothing of the export itself is lost
        }
    }
}
