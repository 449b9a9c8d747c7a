package org.auditbench.ui.internal.scans;

import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.scan.ScanSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Audit > Check Mail Servers: the Phase 1 checks for the selected institutions, as a background job. */
public final class CheckMailServersHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.checkMailServers";

    @Override
    public Object execute(ExecutionEvent event) {
        List<Institution> institutions = HandlerUtil.getCurrentStructuredSelection(event) instanceof IStructuredSelection s
                ? s.stream().filter(Institution.class::isInstance).map(Institution.class::cast).toList()
                : List.of();
        if (institutions.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Check_title, Messages.Check_selectFirst);
            return null;
        }
        ScanSettings settings;
        try {
            settings = ScanPreferences.current();
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Check_title, e.getMessage());
            return null;
        }
        new ScanJob(institutions, settings).schedule();
        return null;
    }
}
