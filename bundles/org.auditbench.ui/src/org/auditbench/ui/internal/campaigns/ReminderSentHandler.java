package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.AuditCase;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Reminder Sent: records a reminder with a new deadline for the selected case; enabled once its deadline has passed (plugin.xml). */
public final class ReminderSentHandler extends CaseHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.reminderSent";

    public ReminderSentHandler() {
        super(Messages.Reminder_title);
    }

    @Override
    void execute(Shell shell, AuditCase auditCase) {
        if (new ReminderDialog(shell, auditCase).open() == Window.OK) {
            WorkbenchStore.changed();
        }
    }
}
