package org.auditbench.ui.internal.institutions;

import java.util.List;
import java.util.stream.Collectors;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Delete Institution: after a confirmation naming it, deletes the selected institution with its mail
 * domains (its scan results stay, as evidence) and closes its editor. An institution that is part of a
 * campaign is refused, naming the campaigns. Not undoable: the store's audit trail records the deletion.
 */
public final class DeleteInstitutionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Institution institution)) {
            return null; // the handler is enabled for one selected institution only
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        AuditStore store = WorkbenchStore.get();
        List<AuditCase> cases = InstitutionCases.of(store, institution);
        if (!cases.isEmpty()) {
            String campaigns = cases.stream().map(c -> c.getCampaign().getTitle()).distinct().collect(Collectors.joining(", "));
            MessageDialog.openError(shell, Messages.Delete_title,
                    NLS.bind(Messages.Delete_refused, new Object[] { institution.getName(), cases.size(), campaigns }));
            return null;
        }
        if (!MessageDialog.openConfirm(shell, Messages.Delete_title, NLS.bind(Messages.Delete_question, institution.getName(),
                InstitutionsView.domains(institution)))) {
            return null;
        }
        closeEditor(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), institution.getId());
        store.institutions().delete(institution);
        WorkbenchStore.changed();
        return null;
    }

    private static void closeEditor(IWorkbenchPage page, long id) {
        IEditorReference[] open = page.findEditors(new InstitutionEditorInput(id, null), InstitutionEditor.ID, IWorkbenchPage.MATCH_INPUT);
        page.closeEditors(open, false);
    }
}
