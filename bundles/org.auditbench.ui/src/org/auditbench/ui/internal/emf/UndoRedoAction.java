package org.auditbench.ui.internal.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;

/**
 * Edit > Undo or Redo for the active editor's command stack, named after the command it would take
 * back or do again ("Undo Change Name"); disabled when there is none.
 */
final class UndoRedoAction extends Action implements CommandStackListener {

    private final boolean undo;
    private CommandStack stack;

    UndoRedoAction(boolean undo) {
        this.undo = undo;
        update();
    }

    void follow(CommandStack newStack) {
        if (stack != null) {
            stack.removeCommandStackListener(this);
        }
        stack = newStack;
        if (stack != null) {
            stack.addCommandStackListener(this);
        }
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    private void update() {
        Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(next != null && (undo ? stack.canUndo() : stack.canRedo()));
        String label = next == null ? null : next.getLabel();
        if (label == null || label.isBlank()) {
            setText(undo ? Messages.Action_undoPlain : Messages.Action_redoPlain);
        } else {
            setText(NLS.bind(undo ? Messages.Action_undo : Messages.Action_redo, label));
        }
    }

    @Override
    public void run() {
        if (stack != null) {
            if (undo) {
                stack.undo();
            } else {
                stack.redo();
            }
        }
    }
}
