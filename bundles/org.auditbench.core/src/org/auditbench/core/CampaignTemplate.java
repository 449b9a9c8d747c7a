package org.auditbench.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign of one kind asks and why, read from data (see {@link CampaignTemplates}): the
 * vulnerabilities, the legal basis the letter cites, the steps the authority expects, the questions of
 * the statement, the default time to answer and the vulnerability's timeline that the gap rules use.
 */
public record CampaignTemplate(String id, LocalizedText title, List<String> vulnerabilityReferences,
        LocalizedText legalBasis, VulnerabilityTimeline timeline, int deadlineOffsetDays,
        List<LocalizedText> requiredSteps, List<LocalizedText> questions) {

    /**
     * When the vulnerability was exploited, published and patched.
     *
     * @param exploitedSince first exploitation seen in the wild (ProxyLogon: 2021-01-06)
     * @param published      public disclosure
     * @param patchReleased  the vendor's fix became available
     */
    public record VulnerabilityTimeline(LocalDate exploitedSince, LocalDate published, LocalDate patchReleased) {
    }
}
