package org.auditbench.ui.internal.campaigns.wizard;

import org.auditbench.model.Campaign;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** Draw Sample on the campaign selected in the Campaigns view; enabled only while it has no members (plugin.xml). */
public final class DrawSampleHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.drawSample";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.getFirstElement() instanceof Campaign campaign) {
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
            new WizardDialog(HandlerUtil.getActiveShell(event), new DrawSampleWizard(page, campaign, SelectedInstitutions.in(page))).open();
        }
        return null;
    }
}
