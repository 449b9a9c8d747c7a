package org.auditbench.cli.internal.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.auditbench.cli.CliContext;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.Assessment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Statement;

/** Campaigns and their cases as text for the terminal. */
final class CampaignPrinter {

    private CampaignPrinter() {
    }

    static void campaign(Campaign campaign, WorkflowSession session, CliContext context) throws BadInputException {
        var out = context.out();
        out.println("campaign " + campaign.getId() + ": " + campaign.getTitle());
        out.println("  template:        " + campaign.getTemplateId() + " (" + String.join(", ", campaign.getVulnerabilityReferences()) + ")");
        out.println("  legal basis:     " + campaign.getLegalBasis());
        out.println("  created:         " + Dates.of(campaign.getCreatedOn()));
        if (campaign.getLetterDate() != null) {
            out.println("  letters sent:    " + Dates.of(campaign.getLetterDate()) + ", deadline " + Dates.of(campaign.getDeadline()));
        }
        out.println("  selection:       " + (campaign.getSelectionRule() == null ? "not sampled yet" : campaign.getSelectionRule()));
        if (campaign.getFileNumberPattern() != null) {
            out.println("  file numbers:    " + campaign.getFileNumberPattern());
        }
        cases(campaign.getCases(), session, context);
    }

    static void cases(List<AuditCase> cases, WorkflowSession session, CliContext context) throws BadInputException {
        var out = context.out();
        LocalDate today = session.steps().today();
        out.printf("  %-6s %-6s %-32s %-14s %-19s %-10s %-16s%n", "case", "inst.", "institution", "selected as", "state", "deadline",
                "file number");
        for (AuditCase auditCase : cases) {
            String deadline = CaseDeadline.of(auditCase).map(LocalDate::toString).orElse("");
            String fileNumber = FileNumberPattern.of(auditCase);
            out.printf("  %-6d %-6d %-32s %-14s %-19s %-10s %-16s%s%n", auditCase.getId(), auditCase.getInstitution().getId(),
                    auditCase.getInstitution().getName(), auditCase.getSelectionReason(), auditCase.getState(), deadline,
                    fileNumber == null ? "" : fileNumber, CaseDeadline.isOverdue(auditCase, today) ? " OVERDUE" : "");
            if (!auditCase.getStatements().isEmpty()) {
                Statement latest = auditCase.getStatements().get(auditCase.getStatements().size() - 1);
                out.println("         statement " + Dates.of(latest.getReceivedOn()) + " " + latest.getKind() + ", "
                        + latest.getMeasures().size() + " measure(s)");
                gaps(new CaseDesk(session).gaps(auditCase.getCampaign(), auditCase, latest), context, "         ");
            }
            assessment(auditCase.getAssessment(), context);
        }
    }

    static void gaps(List<Gap> gaps, CliContext context, String indent) {
        for (Gap gap : gaps) {
            context.out().println(indent + "gap " + gap.ruleId() + ": " + gap.message().in(Locale.getDefault()));
        }
    }

    private static void assessment(Assessment assessment, CliContext context) {
        if (assessment == null) {
            return;
        }
        context.out().println("         assessed " + Dates.of(assessment.getAssessedOn()) + " by " + assessment.getAssessor() + ": "
                + assessment.getVerdict() + " - " + assessment.getReasons());
        for (FollowUp followUp : assessment.getFollowUps()) {
            context.out().println("         follow-up due " + Dates.of(followUp.getDueDate()) + ": " + followUp.getAction()
                    + (followUp.isDone() ? " (done)" : ""));
        }
    }
}
