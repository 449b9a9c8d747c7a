package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDeadline;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.eclipse.osgi.util.NLS;

/** Where a campaign stands, in the auditor's words: answers received, cases by state, overdue, its template's name. */
final class CampaignProgress {

    private CampaignProgress() {
    }

    /** The template's name in the workbench's language; its id only when no such template is installed. */
    static String templateName(Campaign campaign) {
        return CampaignTemplates.builtIn().find(campaign.getTemplateId()).map(t -> t.title().in(Locale.getDefault()))
                .orElse(String.valueOf(campaign.getTemplateId()));
    }

    /** "12 of 40 answered". */
    static String answered(Campaign campaign) {
        long answered = campaign.getCases().stream().filter(c -> !c.getStatements().isEmpty()).count();
        return NLS.bind(Messages.Campaigns_answered, answered, campaign.getCases().size());
    }

    /** "3 Selected, 25 Letter sent, 12 Statement received; template: ..." (or that the members are still to be drawn). */
    static String details(Campaign campaign) {
        Map<CaseState, Long> byState = new EnumMap<>(CaseState.class);
        campaign.getCases().forEach(c -> byState.merge(c.getState(), 1L, Long::sum));
        String states = byState.entrySet().stream().map(e -> e.getValue() + " " + AuditbenchItemProviders.literal(e.getKey()))
                .collect(Collectors.joining(", "));
        return NLS.bind(Messages.Campaigns_details_text, states.isEmpty() ? Messages.Campaigns_noMembers : states,
                templateName(campaign));
    }

    static long overdue(Campaign campaign, LocalDate today) {
        return campaign.getCases().stream().filter(c -> CaseDeadline.isOverdue(c, today)).count();
    }

    static boolean isOverdue(AuditCase auditCase, LocalDate today) {
        return CaseDeadline.isOverdue(auditCase, today);
    }
}
