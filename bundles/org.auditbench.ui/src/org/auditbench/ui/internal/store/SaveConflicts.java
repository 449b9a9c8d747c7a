package org.auditbench.ui.internal.store;

import java.util.Collection;
import java.util.List;

import org.auditbench.model.Identifiable;
import org.auditbench.store.SaveConflictException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * What an editor does when the store refused its save over somebody else's newer change: it shows the
 * Save Conflict dialog (who, when, and the edited attributes that differ from the stored ones) and does
 * what the auditor chose. The editor's object keeps the edits in every case but Reload.
 */
public final class SaveConflicts {

    private SaveConflicts() {
    }

    /**
     * @param edited the editor's object, still at the version it was read at
     * @param stored the object as stored now, or null when it cannot be read
     * @param attributes what the editor edits (compared between the two)
     * @param saveAgain the editor's save, run after Overwrite set the stored version on {@code edited}
     */
    public static void resolve(EditorPart editor, IProgressMonitor monitor, SaveConflictException conflict, Identifiable edited,
            EObject stored, Collection<EAttribute> attributes, Runnable saveAgain) {
        List<String> differences = stored == null ? List.of() : StoredDifferences.between(edited, stored, attributes);
        switch (SaveConflictDialog.ask(editor.getSite().getShell(), editor.getEditorInput().getName(), conflict, differences)) {
        case OVERWRITE -> {
            edited.setRowVersion(conflict.storedVersion());
            saveAgain.run();
        }
        case RELOAD -> {
            monitor.setCanceled(true);
            editor.getSite().getShell().getDisplay().asyncExec(() -> reopen(editor));
        }
        case KEEP_EDITING -> monitor.setCanceled(true);
        }
    }

    /** Discards the edits: the editor is opened anew on the stored state. */
    private static void reopen(EditorPart editor) {
        IWorkbenchPage page = editor.getSite().getPage();
        IEditorInput input = editor.getEditorInput();
        String id = editor.getSite().getId();
        page.closeEditor(editor, false);
        try {
            page.openEditor(input, id);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Conflict_title, e.getMessage());
        }
    }
}
