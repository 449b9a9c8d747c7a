package org.auditbench.ui.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.StoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Restore...: replaces everything in the database by a backup the auditor picks, after a
 * confirmation that says what is there now and what will replace it. Editors and views reload; a failed
 * restore leaves the database as it was and says why.
 */
public final class RestoreHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.restore";

    @Override
    public Object execute(ExecutionEvent event) {
        // the window's shell: the dialogs outlive whatever shell was active when the command started
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Path backup = BackupFolders.choose(shell, Messages.Restore_choose);
        if (backup == null) {
            return null;
        }
        Map<String, Long> now = WorkbenchStore.get().counts();
        String question = NLS.bind(Messages.Restore_question,
                new Object[] { now.get("institution"), now.get("campaign"), backup, madeOn(backup) });
        if (!MessageDialog.openConfirm(shell, Messages.Restore_title, question)) {
            return null;
        }
        HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().closeAllEditors(true);
        try {
            BusyIndicator.showWhile(shell.getDisplay(), () -> WorkbenchStore.restore(backup));
            Map<String, Long> restored = WorkbenchStore.get().counts();
            MessageDialog.openInformation(shell, Messages.Restore_title,
                    NLS.bind(Messages.Restore_done, new Object[] { restored.get("institution"), restored.get("campaign"), backup }));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.Restore_title, NLS.bind(Messages.Restore_failed, backup, e.getMessage()));
        }
        return null;
    }

    /** When the backup was written, as far as its folder tells. */
    private static String madeOn(Path backup) {
        try {
            return AuditbenchItemProviders.date(new Date(Files.getLastModifiedTime(backup).toMillis()));
        } catch (IOException e) {
            return "?";
        }
    }
}
