package org.auditbench.ui.internal.campaigns.wizard;

import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.SampleRequest;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;

/** Draw Sample: the members of an existing campaign that has none yet. */
final class DrawSampleWizard extends MembersWizard {

    private final long campaignId;
    private final List<Institution> selected;

    DrawSampleWizard(IWorkbenchPage page, Campaign campaign, List<Institution> selected) {
        super(page, "drawSample.wizard");
        this.campaignId = campaign.getId();
        this.selected = selected;
        setWindowTitle(NLS.bind(Messages.DrawSample_title, campaign.getTitle()));
    }

    @Override
    public void addPages() {
        addPage(membersPage(selected));
    }

    @Override
    Draw draw() {
        return new Draw() {
            @Override
            public List<AuditCase> preview(SampleRequest request) throws BadInputException {
                return desk().preview(campaignId, request);
            }

            @Override
            public long store(SampleRequest request) throws BadInputException {
                desk().sample(campaignId, request);
                return campaignId;
            }
        };
    }
}
