package org.auditbench.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;

/**
 * The editing domain of one editor: every change is a command on its stack, the editor is dirty while
 * the stack is not at its save point, and the fields show the model again after each command, undo and
 * redo. A save that fails does not move the save point, so the editor stays dirty with all edits.
 */
public final class EditingSession implements IEditingDomainProvider {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ModelAdapters.factory(), stack);
    private final List<FieldBinding> fields = new ArrayList<>();

    /** @param changed told on the UI thread after each command, undo and redo (dirty state, messages) */
    public EditingSession(Runnable changed) {
        // commands, undo and redo all run on the UI thread
        stack.addCommandStackListener(event -> {
            fields.forEach(FieldBinding::show);
            changed.run();
        });
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            stack.execute(command);
        }
    }

    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    /** Call once the store has the edits: the stack's current state becomes the saved one. */
    public void saved() {
        stack.saveIsDone();
    }

    /**
     * Call after the model was set to the stored state outside the commands (another client's save, shown
     * while there were no edits): the fields show it, and undo cannot go back into the old state.
     */
    public void reloaded() {
        stack.flush();
    }

    void bind(FieldBinding field) {
        fields.add(field);
    }

    BasicCommandStack stack() {
        return stack;
    }
}
