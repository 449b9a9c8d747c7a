package org.auditbench.ui.internal.institutions;

import org.auditbench.model.AuditFactory;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** New Institution: an editor on an empty institution, stored when saved (closing it unsaved leaves no trace). */
public final class NewInstitutionHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.newInstitution";

    @Override
    public Object execute(ExecutionEvent event) {
        try {
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().openEditor(
                    InstitutionEditorInput.unsaved(AuditFactory.eINSTANCE.createInstitution()), InstitutionEditor.ID);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
