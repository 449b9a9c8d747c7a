package org.auditbench.ui.internal.campaigns;

import org.auditbench.model.Campaign;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Audit > Generate Letters: the request letters of the selected campaign's cases whose letter is not yet
 * sent, as a job; cases left without a letter are shown with the reason when it ends.
 */
public final class GenerateLettersHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.generateLetters";

    @Override
    public Object execute(ExecutionEvent event) {
        Campaign campaign = CaseWork.selectedCampaign(HandlerUtil.getCurrentSelection(event));
        if (campaign == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Letters_title, Messages.Letters_selectFirst);
            return null;
        }
        LettersJob job = new LettersJob(campaign.getId(), campaign.getTitle());
        Shell shell = HandlerUtil.getActiveShell(event);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                // an error shows itself; cases left without a letter must be seen too
                if (done.getResult().getSeverity() == IStatus.WARNING && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openWarning(shell, Messages.Letters_title,
                            done.getResult().getMessage()));
                }
            }
        });
        job.schedule();
        return null;
    }
}
