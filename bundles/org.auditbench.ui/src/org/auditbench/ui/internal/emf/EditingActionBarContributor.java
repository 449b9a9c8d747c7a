package org.auditbench.ui.internal.emf;

import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Plugs the workbench's retargetable Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) into the
 * command stack of the active editor, for every editor that edits through an {@link EditingSession}.
 */
public final class EditingActionBarContributor extends EditorActionBarContributor {

    private final UndoRedoAction undo = new UndoRedoAction(true);
    private final UndoRedoAction redo = new UndoRedoAction(false);

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        IEditingDomainProvider provider = editor == null ? null : editor.getAdapter(IEditingDomainProvider.class);
        undo.follow(provider == null ? null : provider.getEditingDomain().getCommandStack());
        redo.follow(provider == null ? null : provider.getEditingDomain().getCommandStack());
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.follow(null);
        redo.follow(null);
        super.dispose();
    }
}
