package org.auditbench.ui.internal.campaigns.wizard;

import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SampleRequest;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

/** File > New > Campaign: template, title and file numbers, then the members, stored together in one transaction. */
final class NewCampaignWizard extends MembersWizard {

    private final List<Institution> selected;
    private TemplatePage template;

    NewCampaignWizard(IWorkbenchPage page, List<Institution> selected) {
        super(page, "newCampaign.wizard");
        this.selected = selected;
        setWindowTitle(Messages.NewCampaign_title);
    }

    @Override
    public void addPages() {
        template = new TemplatePage(CampaignTemplates.builtIn().all());
        addPage(template);
        addPage(membersPage(selected));
    }

    @Override
    Draw draw() {
        String templateId = template.template().id();
        String title = template.campaignTitle();
        String fileNumbers = template.fileNumberPattern();
        return new Draw() {
            @Override
            public List<AuditCase> preview(SampleRequest request) throws BadInputException {
                return desk().preview(templateId, fileNumbers, request);
            }

            @Override
            public long store(SampleRequest request) throws BadInputException {
                return desk().create(templateId, title, fileNumbers, request).getId();
            }
        };
    }

    @Override
    public boolean performFinish() {
        boolean stored = super.performFinish();
        if (stored) {
            // the new campaign is where the auditor goes on: its editor opens beside the Campaigns view
            try {
                CampaignEditor.open(page(), storedCampaign(), template.campaignTitle());
            } catch (PartInitException e) {
                StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
            }
        }
        return stored;
    }
}
