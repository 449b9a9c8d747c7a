package org.auditbench.ui.internal.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.auditbench.store.StoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Back Up...: an online backup of the database into a new, dated folder inside the folder the
 * auditor picks, in a job; the store stays usable meanwhile. Says where the backup went, or why not.
 */
public final class BackupHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.backup";
    /** The family of the backup job, for waiting on it. */
    public static final Object FAMILY = BackupHandler.class;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    @Override
    public Object execute(ExecutionEvent event) {
        // the window's shell: the dialogs outlive whatever shell was active when the command started
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Path folder = BackupFolders.choose(shell, Messages.Backup_choose);
        if (folder == null) {
            return null;
        }
        Path target = folder.resolve("auditbench-backup-" + LocalDateTime.now().format(STAMP));
        Job job = new Job(Messages.Backup_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(NLS.bind(Messages.Backup_task, target), IProgressMonitor.UNKNOWN);
                try {
                    WorkbenchStore.get().backup(target);
                    shell.getDisplay().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Backup_title,
                            NLS.bind(Messages.Backup_done, target)));
                    return Status.OK_STATUS;
                } catch (StoreException e) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.Backup_title,
                            NLS.bind(Messages.Backup_failed, e.getMessage())));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return null;
    }
}
