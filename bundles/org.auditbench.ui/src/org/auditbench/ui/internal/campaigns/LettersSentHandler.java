package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.Campaign;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Letters Sent: records the sending day and the deadline for the selected campaign's generated letters. */
public final class LettersSentHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.lettersSent";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Campaign chosen = CaseWork.selectedCampaign(HandlerUtil.getCurrentSelection(event));
        // as stored now: the selection may be older than the last job that changed the campaign
        Campaign campaign = chosen == null ? null : WorkbenchStore.get().campaigns().load(chosen.getId()).orElse(null);
        if (campaign == null) {
            MessageDialog.openInformation(shell, Messages.LettersSent_title, Messages.Letters_selectFirst);
            return null;
        }
        LettersSentDialog dialog = new LettersSentDialog(shell, campaign, LettersSentDialog.daysToAnswer(CaseWork.session(), campaign));
        if (dialog.open() == Window.OK) {
            WorkbenchStore.changed();
            MessageDialog.openInformation(shell, Messages.LettersSent_title,
                    NLS.bind(Messages.LettersSent_done, dialog.sent().size(), campaign.getTitle()));
        }
        return null;
    }
}
