package org.auditbench.ui.internal.reports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Reports > Run Report...: the Run Report dialog on the selected campaign, case, institution or scan run
 * ({@link RunReports}). Enabled by the declared expression only where a report is offered for the selection.
 */
public final class RunReportHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.runReport";

    @Override
    public Object execute(ExecutionEvent event) {
        Object element = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1
                ? selection.getFirstElement() : null;
        RunReports.open(HandlerUtil.getActiveShell(event), element, null);
        return null;
    }
}
