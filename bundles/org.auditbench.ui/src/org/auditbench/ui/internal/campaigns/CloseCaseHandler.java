package org.auditbench.ui.internal.campaigns;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.model.AuditCase;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Close Case: ends the selected case after its assessment, once the auditor confirms. */
public final class CloseCaseHandler extends CaseHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.closeCase";

    public CloseCaseHandler() {
        super(Messages.Close_title);
    }

    @Override
    void execute(Shell shell, AuditCase auditCase) {
        String institution = CaseWork.institution(auditCase);
        if (!MessageDialog.openQuestion(shell, Messages.Close_title, NLS.bind(Messages.Close_question, institution))) {
            return;
        }
        try {
            new CaseDesk(CaseWork.session()).close(auditCase.getCampaign().getId(), auditCase.getInstitution().getId());
            WorkbenchStore.changed();
        } catch (BadInputException e) {
            MessageDialog.openError(shell, Messages.Close_title, CaseWork.message(e));
        }
    }
}
