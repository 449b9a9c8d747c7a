package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.AuditCase;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command on the selected case (Campaigns or Deadlines view); a command without declared enablement says what to select. */
abstract class CaseHandler extends AbstractHandler {

    private final String title;

    CaseHandler(String title) {
        this.title = title;
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        AuditCase auditCase = CaseWork.selectedCase(HandlerUtil.getCurrentSelection(event));
        if (auditCase == null) {
            MessageDialog.openInformation(shell, title, Messages.Case_selectFirst);
        } else {
            execute(shell, auditCase);
        }
        return null;
    }

    abstract void execute(Shell shell, AuditCase auditCase);
}
