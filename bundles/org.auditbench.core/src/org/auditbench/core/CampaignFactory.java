package org.auditbench.core;

import java.util.Date;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;

/** Creates campaigns from templates; the campaign keeps the template's id for its letters. */
public final class CampaignFactory {

    private final StepLog steps;

    public CampaignFactory(StepLog steps) {
        this.steps = steps;
    }

    /**
     * A new campaign titled {@code title} (or the template's German title when blank) whose cases get their
     * file numbers from {@code fileNumberPattern} (see {@link FileNumberPattern}; blank: their institutions').
     *
     * @throws BadInputException when the pattern cannot number cases
     */
    public Campaign create(CampaignTemplate template, String title, String fileNumberPattern) throws BadInputException {
        String pattern = fileNumberPattern == null || fileNumberPattern.isBlank() ? null
                : FileNumberPattern.parse(fileNumberPattern).toString();
        Campaign campaign = AuditFactory.eINSTANCE.createCampaign();
        campaign.setFileNumberPattern(pattern);
        campaign.setTemplateId(template.id());
        campaign.setTitle(title == null || title.isBlank() ? template.title().german() : title);
        campaign.getVulnerabilityReferences().addAll(template.vulnerabilityReferences());
        campaign.setLegalBasis(template.legalBasis().german());
        campaign.setCreatedOn(Date.from(steps.clock().instant()));
        steps.record(campaign, "campaign.created", "template " + template.id() + ": " + campaign.getTitle()
                + (pattern == null ? "" : "; file numbers " + pattern));
        return campaign;
    }
}
