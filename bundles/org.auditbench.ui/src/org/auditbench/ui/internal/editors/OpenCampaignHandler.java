package org.auditbench.ui.internal.editors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Campaign: the selected campaign in its editor. */
public final class OpenCampaignHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.openCampaign";

    @Override
    public Object execute(ExecutionEvent event) {
        CampaignEditor.openSelected(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), HandlerUtil.getCurrentSelection(event));
        return null;
    }
}
