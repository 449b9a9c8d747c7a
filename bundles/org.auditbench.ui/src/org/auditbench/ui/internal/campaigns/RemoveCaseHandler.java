package org.auditbench.ui.internal.campaigns;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.model.AuditCase;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Remove Case: the selected case leaves its campaign, with the reason for the record. Enabled only while
 * no letter went out (core's {@code MemberSelection.removable}, plugin.xml).
 */
public final class RemoveCaseHandler extends CaseHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.removeCase";

    public RemoveCaseHandler() {
        super(Messages.RemoveCase_title);
    }

    @Override
    void execute(Shell shell, AuditCase auditCase) {
        InputDialog ask = new InputDialog(shell, Messages.RemoveCase_title,
                NLS.bind(Messages.RemoveCase_question, CaseWork.institution(auditCase), auditCase.getCampaign().getTitle()), "",
                text -> text.isBlank() ? Messages.AddCase_giveReason : null);
        if (ask.open() != Window.OK) {
            return;
        }
        try {
            new CampaignDesk(CaseWork.session()).removeCase(auditCase.getCampaign().getId(), auditCase.getInstitution().getId(),
                    ask.getValue().strip());
            WorkbenchStore.changed();
        } catch (BadInputException e) {
            MessageDialog.openError(shell, Messages.RemoveCase_title, CaseWork.message(e));
        }
    }
}
