package org.auditbench.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.auditbench.core.gaps.Gap;
import org.auditbench.core.gaps.GapRules;
import org.auditbench.core.gaps.StatementFacts;
import org.auditbench.core.scan.ScanFindings;
import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Letter;
import org.auditbench.model.ScanRun;
import org.auditbench.model.Statement;

/**
 * The cases of stored campaigns, step by step: each call loads the campaign, runs the step through
 * {@link CaseWorkflow} and saves the case (or, for steps on all cases, the campaign) together with the
 * steps for the audit trail.
 */
public final class CaseDesk {

    private final WorkflowSession session;

    public CaseDesk(WorkflowSession session) {
        this.session = session;
    }

    /** The scan run covered the institution's mail domains (the scan engine calls this). */
    public void recordScan(long campaignId, long institutionId, ScanRun run) throws BadInputException {
        session.changeCase(session.campaign(campaignId), institutionId, c -> {
            workflow().recordScan(c, run);
            return null;
        });
    }

    /** The request letter was generated as {@code documentName}. */
    public Letter recordLetterGenerated(long campaignId, long institutionId, String documentName) throws BadInputException {
        return recordLetterGenerated(session.campaign(campaignId), institutionId, documentName);
    }

    /** The request letter was generated as {@code documentName}, on a campaign loaded once for many letters. */
    public Letter recordLetterGenerated(Campaign campaign, long institutionId, String documentName) throws BadInputException {
        return session.changeCase(campaign, institutionId, c -> workflow().recordLetterGenerated(c, documentName));
    }

    /**
     * Every generated letter of the campaign went out on {@code sentOn}; the deadline is {@code deadline},
     * or when null the template's time to answer after the sending date. Cases without a generated
     * letter are left alone; none at all is an error.
     *
     * @return the cases whose letter was sent
     */
    public List<AuditCase> recordLettersSent(long campaignId, LocalDate sentOn, LocalDate deadline) throws BadInputException {
        Campaign campaign = session.campaign(campaignId);
        LocalDate due = deadline != null ? deadline : sentOn.plusDays(session.template(campaign).deadlineOffsetDays());
        return session.change(campaign, c -> {
            List<AuditCase> sent = new ArrayList<>();
            for (AuditCase auditCase : c.getCases()) {
                if (auditCase.getState() == CaseState.LETTER_GENERATED) {
                    workflow().recordLetterSent(auditCase, sentOn, due);
                    sent.add(auditCase);
                }
            }
            if (sent.isEmpty()) {
                throw new BadInputException("campaign " + campaignId + " has no case with a generated letter waiting to be sent ("
                        + statesOf(c) + ")");
            }
            c.setLetterDate(Dates.of(sentOn));
            c.setDeadline(Dates.of(due));
            return sent;
        });
    }

    /** The letter to one institution went out on {@code sentOn}, to be answered by {@code deadline}. */
    public void recordLetterSent(long campaignId, long institutionId, LocalDate sentOn, LocalDate deadline)
            throws BadInputException {
        session.changeCase(session.campaign(campaignId), institutionId, c -> {
            workflow().recordLetterSent(c, sentOn, deadline);
            return null;
        });
    }

    /** A reminder with a new deadline went out to the institution. */
    public Letter recordReminderSent(long campaignId, long institutionId, LocalDate sentOn, LocalDate deadline)
            throws BadInputException {
        return session.changeCase(session.campaign(campaignId), institutionId,
                c -> workflow().recordReminderSent(c, sentOn, deadline));
    }

    /**
     * The reminder letter {@code documentName}, dated {@code sentOn}, was generated to go out that day with
     * a new deadline: it is recorded as the reminder sent.
     */
    public Letter recordReminderGenerated(Campaign campaign, long institutionId, LocalDate sentOn, LocalDate deadline,
            String documentName) throws BadInputException {
        return session.changeCase(campaign, institutionId, c -> {
            Letter reminder = workflow().recordReminderSent(c, sentOn, deadline);
            reminder.setDocumentName(documentName);
            return reminder;
        });
    }

    /** Records the statement (with its attachments' bytes) and returns the gaps the rules find in it. */
    public List<Gap> recordStatement(long campaignId, long institutionId, Statement statement) throws BadInputException {
        Campaign campaign = session.campaign(campaignId);
        AuditCase auditCase = session.caseOf(campaign, institutionId);
        session.changeCase(campaign, institutionId, c -> {
            workflow().recordStatement(c, statement);
            return null;
        });
        return gaps(campaign, auditCase, statement);
    }

    /** The gaps the rules find in {@code statement} of {@code auditCase}, against the institution's latest scan. */
    public List<Gap> gaps(Campaign campaign, AuditCase auditCase, Statement statement) throws BadInputException {
        return GapRules.check(new StatementFacts(statement,
                ScanFindings.serverKinds(session.store().scanRuns().latestDomainScans(auditCase.getInstitution())),
                session.template(campaign).timeline(), session.steps().today()));
    }

    public Assessment assess(long campaignId, long institutionId, AssessmentVerdict verdict, String reasons,
            List<FollowUp> followUps) throws BadInputException {
        return session.changeCase(session.campaign(campaignId), institutionId,
                c -> workflow().assess(c, verdict, reasons, followUps));
    }

    public void close(long campaignId, long institutionId) throws BadInputException {
        session.changeCase(session.campaign(campaignId), institutionId, c -> {
            workflow().close(c);
            return null;
        });
    }

    /**
     * The cases of all campaigns that wait for a statement and whose deadline is {@code asOf} plus
     * {@code nearDays} or earlier, the most urgent first.
     */
    public List<DueCase> due(LocalDate asOf, int nearDays) throws BadInputException {
        List<DueCase> due = new ArrayList<>();
        for (Campaign listed : session.store().campaigns().list()) {
            for (AuditCase auditCase : session.campaign(listed.getId()).getCases()) {
                if (CaseDeadline.awaitsAnswer(auditCase)) {
                    CaseDeadline.of(auditCase).filter(d -> !d.isAfter(asOf.plusDays(nearDays)))
                            .ifPresent(d -> due.add(new DueCase(auditCase.getCampaign(), auditCase, d, asOf)));
                }
            }
        }
        due.sort(Comparator.comparing(DueCase::deadline).thenComparing(d -> d.auditCase().getId()));
        return due;
    }

    private CaseWorkflow workflow() {
        return new CaseWorkflow(session.steps());
    }

    /** "3 selected, 2 letter generated": where the campaign's cases stand. */
    static String statesOf(Campaign campaign) {
        Map<CaseState, Long> counts = new TreeMap<>(campaign.getCases().stream()
                .collect(Collectors.groupingBy(AuditCase::getState, Collectors.counting())));
        return counts.isEmpty() ? "no members yet"
                : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().getLiteral().toLowerCase().replace('_', ' '))
                        .collect(Collectors.joining(", "));
    }
}
