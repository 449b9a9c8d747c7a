package org.auditbench.ui.internal.institutions;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Institutions...: a CSV or XLSX register, imported all or nothing in the background. */
public final class ImportInstitutionsHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.importInstitutions";

    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), SWT.OPEN);
        dialog.setText(Messages.Import_title);
        dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
        String file = dialog.open();
        if (file != null) {
            ImportJob job = new ImportJob(Path.of(file));
            ImportProblems.showWhenRefused(job, HandlerUtil.getActiveWorkbenchWindow(event).getShell());
            job.schedule();
        }
        return null;
    }
}
