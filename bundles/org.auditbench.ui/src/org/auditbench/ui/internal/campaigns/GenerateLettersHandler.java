package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.Campaign;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Audit > Generate Letters: the request letters of the selected campaign's cases whose letter is not yet
 * sent, as a job; cases left without a letter are shown with the reason when it ends.
 */
public final class GenerateLettersHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.generateLetters";

    @Override
    public Object execute(ExecutionEvent event) {
        Campaign campaign = CaseWork.selectedCampaign(HandlerUtil.getCurrentSelection(event));
        if (campaign == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Letters_title, Messages.Letters_selectFirst);
            return null;
        }
        new LettersJob(campaign.getId(), campaign.getTitle()).scheduleShowingWarnings(HandlerUtil.getActiveWorkbenchWindow(event).getShell());
        return null;
    }
}
