package org.auditbench.ui.internal.campaigns.wizard;

import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

/** The institutions selected in the Institutions view: the known cases the auditor picked there. */
final class SelectedInstitutions {

    private SelectedInstitutions() {
    }

    static List<Institution> in(IWorkbenchPage page) {
        IViewPart view = page == null ? null : page.findView(InstitutionsView.ID);
        if (view == null || view.getSite().getSelectionProvider() == null
                || !(view.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection)) {
            return List.of();
        }
        return selection.stream().filter(Institution.class::isInstance).map(Institution.class::cast).toList();
    }
}
