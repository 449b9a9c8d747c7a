package org.auditbench.ui.internal.campaigns;

import java.time.Clock;
import java.util.Locale;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.StepRefusedException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** What the case dialogs and jobs share: the workflow on the workbench's store, the selected case, dates. */
final class CaseWork {

    private CaseWork() {
    }

    /** The workflow as the signed-in auditor, on today's date. */
    static WorkflowSession session() {
        AuditStore store = WorkbenchStore.get();
        return new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn());
    }

    /** The case selected in the Campaigns view, or {@code null}. */
    static AuditCase selectedCase(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof AuditCase c ? c : null;
    }

    static String institution(AuditCase auditCase) {
        return auditCase.getInstitution() == null ? "?" : auditCase.getInstitution().getName();
    }

    /** The campaign selected in the Campaigns view, or the campaign of the selected case, or {@code null}. */
    static Campaign selectedCampaign(ISelection selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        return first instanceof Campaign c ? c : first instanceof AuditCase a ? a.getCampaign() : null;
    }

    /** A refusal in the user's language; other bad input as the core words it. */
    static String message(BadInputException e) {
        return e instanceof StepRefusedException refused ? refused.text().in(Locale.getDefault()) : e.getMessage();
    }

}
