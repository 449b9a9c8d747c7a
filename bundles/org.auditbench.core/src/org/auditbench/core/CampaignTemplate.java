package org.auditbench.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a campaign of one kind asks and why, read from data (see {@link CampaignTemplates}): the
 * vulnerabilities, the legal basis the letter cites, the steps the authority expects, the questions of
 * the statement, the default time to answer and the vulnerability's timeline that the gap rules use.
 */
public record CampaignTemplate(String id, LocalizedText title, List<String> vulnerabilityReferences,
        LocalizedText legalBasis, VulnerabilityTimeline timeline, int deadlineOffsetDays,
        List<LocalizedText> requiredSteps, List<LocalizedText> questions, LetterTemplate letter) {

    /** What the finding of Phase 1 was, as far as the letter's wording depends on it. */
    public enum Finding {
        /** An own Exchange server that the check found vulnerable. */
        EXCHANGE_VULNERABLE,
        /** An own Exchange server, not (or no longer) vulnerable. */
        EXCHANGE,
        /** All mail servers are Microsoft 365: nothing to patch, confirmation requested. */
        MICROSOFT_365,
        /** No Exchange seen: the institution is asked to say which system it uses. */
        NO_EXCHANGE_SEEN
    }

    /**
     * The wording of the request letter around the Phase 1 result table: paragraphs before the required
     * steps, before the table, one paragraph per finding, and the closing paragraphs (questions are
     * inserted before them). {@code {deadline}} in a closing paragraph becomes the deadline.
     */
    public record LetterTemplate(List<LocalizedText> intro, List<LocalizedText> beforeResults,
            Map<Finding, LocalizedText> byFinding, List<LocalizedText> closing) {
    }

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
