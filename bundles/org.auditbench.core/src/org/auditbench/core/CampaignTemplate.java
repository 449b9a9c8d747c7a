package org.auditbench.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.auditbench.model.SelectionReason;

/**
 * What a campaign of one kind asks and why, read from data (see {@link CampaignTemplates}): the
 * vulnerabilities, the legal basis the letter cites, the legal terms its wording refers to by name
 * ({@code {dutyToInform}}: a variant under another law changes them, not the letter), the steps the
 * authority expects, the questions of the statement, the default time to answer and the vulnerability's
 * timeline that the gap rules use.
 */
public record CampaignTemplate(String id, LocalizedText title, List<String> vulnerabilityReferences,
        LocalizedText legalBasis, Map<String, LocalizedText> terms, VulnerabilityTimeline timeline, int deadlineOffsetDays,
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
     * The wording of the letters, in the order the request letter prints it (after the document's title,
     * which names it in a PDF reader): the line under the subject,
     * the introduction, the sentence on why the institution was selected, the required steps and what
     * follows them, the paragraphs before the Phase 1 result table, the label of the table's result row (what
     * the campaign's check found: the nmap script's verdict, the lifecycle of the Exchange version), then per finding the paragraphs on
     * the result, whether the Phase 2 questions follow (after their lead-in) and what comes after them,
     * and the closing paragraphs. Texts may name the campaign's terms, the authority's settings and
     * {@code {deadline}} in braces, and a note in double brackets ({@code [[bsi]]}): the letter numbers
     * the notes in the order they first appear and lists their links.
     */
    public record LetterTemplate(LocalizedText documentTitle, LocalizedText subjectLine, Map<String, String> notes, List<LocalizedText> intro,
            Map<SelectionReason, LocalizedText> bySelection, LocalizedText stepsLeadIn, List<LocalizedText> steps,
            List<LocalizedText> afterSteps, List<LocalizedText> beforeResults, LocalizedText resultLabel, LocalizedText questionsLeadIn,
            Map<Finding, FindingWording> byFinding, List<LocalizedText> closing, ReminderTemplate reminder) {
    }

    /** What the request letter says about one finding. */
    public record FindingWording(List<LocalizedText> result, boolean questions, List<LocalizedText> afterQuestions) {
    }

    /**
     * The reminder of an unanswered request: its document title, its subject ({@code {title}} is the campaign template's),
     * the time it gives to answer and its paragraphs, which may name {@code {firstLetterDate}},
     * {@code {firstDeadline}} and {@code {deadline}}.
     */
    public record ReminderTemplate(LocalizedText documentTitle, LocalizedText subject, int deadlineOffsetDays, List<LocalizedText> paragraphs) {
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
