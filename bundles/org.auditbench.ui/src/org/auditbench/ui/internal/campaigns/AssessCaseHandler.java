package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.AuditCase;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Assess Case: the assessment dialog for the case selected in the Campaigns view. */
public final class AssessCaseHandler extends CaseHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.assessCase";

    public AssessCaseHandler() {
        super(Messages.Assessment_title);
    }

    @Override
    void execute(Shell shell, AuditCase auditCase) {
        if (new AssessmentDialog(shell, auditCase).open() == Window.OK) {
            WorkbenchStore.changed();
        }
    }
}
