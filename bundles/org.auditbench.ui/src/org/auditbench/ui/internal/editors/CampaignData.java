package org.auditbench.ui.internal.editors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.figures.CampaignFigures;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;

/**
 * What the campaign editor shows, read in one go (in a job): the campaign with its cases, the latest
 * check of each member's mail domains, and the figures core computes from them (deadlines, overdue,
 * statements and their gaps) as of today.
 */
record CampaignData(Campaign campaign, CampaignTemplate template, Map<Long, List<DomainScan>> latestScans,
        CampaignFigures figures) {

    static CampaignData load(AuditStore store, long id) throws BadInputException {
        Campaign campaign = store.campaigns().load(id)
                .orElseThrow(() -> new BadInputException("campaign " + id + " no longer exists"));
        CampaignTemplate template = CampaignTemplates.builtIn().get(campaign.getTemplateId());
        List<Institution> members = campaign.getCases().stream().map(AuditCase::getInstitution).filter(Objects::nonNull).toList();
        Map<Long, List<DomainScan>> scans = store.scanRuns().latestDomainScans(members);
        CampaignFigures figures = CampaignFigures.of(campaign, template, i -> scans.getOrDefault(i.getId(), List.of()),
                LocalDate.now());
        return new CampaignData(campaign, template, scans, figures);
    }

    List<DomainScan> scansOf(Institution institution) {
        return institution == null ? List.of() : latestScans.getOrDefault(institution.getId(), List.of());
    }

    InstitutionVerdict verdictOf(Institution institution) {
        return InstitutionVerdict.of(scansOf(institution));
    }
}
