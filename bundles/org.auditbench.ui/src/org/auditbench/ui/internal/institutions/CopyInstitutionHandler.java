package org.auditbench.ui.internal.institutions;

import org.auditbench.model.Institution;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Copy Institution: an editor on a new institution with the selected one's name, kind, address, contact
 * and file number, stored when saved. Mail domains are not copied: a domain belongs to one institution.
 */
public final class CopyInstitutionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Institution original)) {
            return null; // the handler is enabled for one selected institution only
        }
        Institution copy = EcoreUtil.copy(original);
        copy.setId(0);
        copy.getMailDomains().clear();
        copy.setName(NLS.bind(Messages.Copy_name, original.getName()));
        try {
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().openEditor(InstitutionEditorInput.unsaved(copy),
                    InstitutionEditor.ID);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
