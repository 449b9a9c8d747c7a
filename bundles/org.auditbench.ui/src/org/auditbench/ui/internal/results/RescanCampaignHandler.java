package org.auditbench.ui.internal.results;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.scans.ScanPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Audit > Rescan Campaign on the campaign selected in the Campaigns view (enabled for a campaign with
 * members, plugin.xml): the job, and the Delta view following it.
 */
public final class RescanCampaignHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.rescanCampaign";

    @Override
    public Object execute(ExecutionEvent event) {
        Object first = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s.getFirstElement() : null;
        Campaign campaign = first instanceof Campaign c ? c : first instanceof AuditCase a ? a.getCampaign() : null;
        if (campaign == null) {
            return null;
        }
        ScanSettings settings;
        try {
            settings = ScanPreferences.current();
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Rescan_title, e.getMessage());
            return null;
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            ((DeltaView) page.showView(DeltaView.ID, null, IWorkbenchPage.VIEW_VISIBLE)).follow(campaign.getId(), campaign.getTitle());
        } catch (PartInitException e) {
            throw new IllegalStateException("the Delta view cannot open: " + e.getMessage(), e);
        }
        new RescanJob(campaign.getId(), campaign.getTitle(), settings).schedule();
        return null;
    }
}
