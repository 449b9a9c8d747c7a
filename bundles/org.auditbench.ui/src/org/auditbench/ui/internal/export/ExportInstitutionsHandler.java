package org.auditbench.ui.internal.export;

import java.nio.file.Path;

import org.auditbench.io.InstitutionExport;
import org.auditbench.ui.internal.ChosenFiles;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Export > Institutions: every institution as CSV that the import reads back (the command line's {@code export --institutions}). */
public final class ExportInstitutionsHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.exportInstitutions";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path target = ChosenFiles.choose(shell,
                new ChosenFiles.Request(true, Messages.Export_institutionsTitle, Messages.Export_institutionsFile, "*.csv"));
        if (target != null) {
            new ExportJob(Messages.Export_institutionsJob, target,
                    out -> InstitutionExport.toCsv(WorkbenchStore.get().institutions().loadAll(), out)).start(shell);
        }
        return null;
    }
}
