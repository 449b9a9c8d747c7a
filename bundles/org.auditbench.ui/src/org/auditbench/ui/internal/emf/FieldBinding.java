package org.auditbench.ui.internal.emf;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Keeps a text field and a value of the model in step through commands. A burst of typing in the field
 * (until the focus leaves it) is one change on the stack: each keystroke takes back the burst's command
 * and executes one with the whole text, so the stack is dirty at once and one undo takes back the
 * whole word, as the auditor expects.
 */
public abstract class FieldBinding {

    protected final EditingSession session;
    private final Text text;
    /** The command of the current burst of typing. */
    private Command typing;
    /** Set while the field's own keystroke is turned into a command, so the stack's echo does not retype it. */
    private boolean typingNow;
    private boolean showing;

    protected FieldBinding(EditingSession session, Text text) {
        this.session = session;
        this.text = text;
        session.bind(this);
        text.addModifyListener(e -> {
            if (!showing) {
                typed(text.getText());
            }
        });
        text.addListener(SWT.FocusOut, e -> typing = null);
    }

    /** The value as the field writes it. */
    protected abstract String shown();

    /** The command that makes the model hold {@code typed}, or null when it already does. */
    protected abstract Command change(String typed);

    private void typed(String value) {
        typingNow = true;
        try {
            BasicCommandStack stack = session.stack();
            if (typing != null && stack.getUndoCommand() == typing) {
                stack.undo();
            }
            Command command = change(value);
            typing = command != null && command.canExecute() ? command : null;
            session.execute(typing);
        } finally {
            typingNow = false;
        }
    }

    /**
     * Shows the model's value unless the field is being typed in or already says what the model holds
     * (typed with blanks the model drops); a later keystroke starts a new change.
     */
    protected final void show() {
        if (typingNow || text.isDisposed() || change(text.getText()) == null) {
            return;
        }
        String value = shown();
        if (!value.equals(text.getText())) {
            typing = null;
            showing = true;
            try {
                text.setText(value);
            } finally {
                showing = false;
            }
        }
    }
}
