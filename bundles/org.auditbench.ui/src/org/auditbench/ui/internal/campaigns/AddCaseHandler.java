package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.Campaign;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Add Case: an institution joins the selected campaign by hand (reason MANUAL); enabled on a campaign or case (plugin.xml). */
public final class AddCaseHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.addCase";

    @Override
    public Object execute(ExecutionEvent event) {
        Campaign campaign = CaseWork.selectedCampaign(HandlerUtil.getCurrentSelection(event));
        if (campaign != null && new AddCaseDialog(HandlerUtil.getActiveShell(event), campaign).open() == Window.OK) {
            WorkbenchStore.changed();
        }
        return null;
    }
}
