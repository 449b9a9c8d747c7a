package org.auditbench.ui.internal.store;

import java.text.DateFormat;
import java.util.List;

import org.auditbench.store.SaveConflictException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the auditor that somebody else saved what the editor holds (who, when, and what differs between
 * the stored state and the own edits) and asks what to do: Reload, Overwrite or Keep Editing (also when
 * the dialog is closed otherwise).
 */
final class SaveConflictDialog {

    /** What the editor does after a refused save. */
    enum Choice {
        /** Discard the own edits and show the stored state. */
        RELOAD,
        /** Save the own edits over the other change (set the stored version, save again). */
        OVERWRITE,
        /** Stay dirty, nothing saved. */
        KEEP_EDITING
    }

    private SaveConflictDialog() {
    }

    /** Asks on the UI thread; {@code what} names the object as the auditor knows it. */
    static Choice ask(Shell parent, String what, SaveConflictException conflict, List<String> differences) {
        String who = conflict.changedBy() == null ? Messages.Conflict_somebody : conflict.changedBy();
        StringBuilder message = new StringBuilder(conflict.changedAt() == null ? NLS.bind(Messages.Conflict_messageUndated, what, who)
                : NLS.bind(Messages.Conflict_message, new Object[] { what, who,
                        DateFormat.getDateTimeInstance().format(conflict.changedAt()) }));
        if (!differences.isEmpty()) {
            message.append("\n\n").append(Messages.Conflict_differences);
            differences.forEach(line -> message.append('\n').append(line));
        }
        message.append("\n\n").append(Messages.Conflict_choices);
        MessageDialog dialog = new MessageDialog(parent, Messages.Conflict_title, null, message.toString(), MessageDialog.WARNING, 2,
                Messages.Conflict_reload, Messages.Conflict_overwrite, Messages.Conflict_keepEditing);
        return switch (dialog.open()) {
        case 0 -> Choice.RELOAD;
        case 1 -> Choice.OVERWRITE;
        default -> Choice.KEEP_EDITING;
        };
    }
}
