package org.auditbench.ui.internal.campaigns.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New > Campaign. */
public final class NewCampaignHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.newCampaign";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        new WizardDialog(HandlerUtil.getActiveShell(event), new NewCampaignWizard(page, SelectedInstitutions.in(page))).open();
        return null;
    }
}
