package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.figures.CampaignFigures;
import org.auditbench.core.figures.CaseFigures;
import org.auditbench.core.figures.Contradiction;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.Assessment;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Letter;
import org.auditbench.model.Measure;
import org.auditbench.model.Statement;

/**
 * One case in a dossier: where it stands, its letters, statements with the chronology of measures and the
 * attachments' names, the gaps and contradiction core finds, the assessment with follow-ups and the case's
 * audit trail.
 */
final class CaseRecord {

    private final Lines lines;
    private final WorkflowSession session;
    private final LocalDate asOf;

    CaseRecord(Lines lines, WorkflowSession session, LocalDate asOf) {
        this.lines = lines;
        this.session = session;
        this.asOf = asOf;
    }

    void print(AuditCase auditCase, List<DomainScan> latest) throws BadInputException {
        CaseFigures figures = CampaignFigures.ofCase(auditCase, session.template(auditCase.getCampaign()), latest, asOf);
        lines.heading(lines.label("dossier.case", auditCase.getCampaign().getTitle()))
                .pair("dossier.selected", lines.label("reason." + auditCase.getSelectionReason().getName()))
                .pair("dossier.state", lines.label("state." + auditCase.getState().getName()))
                .pair("dossier.verdict", lines.label("finding." + figures.finding().name())
                        + figures.scannedOn().map(d -> " (" + lines.day(d) + ")").orElse(""))
                .pair("dossier.deadline", figures.deadline().map(d -> lines.day(d)
                        + (figures.overdue() ? ", " + lines.label("dossier.overdue", Rows.date(asOf)) : "")).orElse(null));
        letters(auditCase);
        statements(auditCase);
        gaps(figures);
        assessment(auditCase.getAssessment());
        new Trail(lines).print(lines.label("dossier.trail"), session.store().auditTrail().about("AuditCase", auditCase.getId()));
    }

    private void letters(AuditCase auditCase) {
        lines.subheading(lines.label("dossier.letters"));
        if (auditCase.getLetters().isEmpty()) {
            lines.text(lines.label("dossier.noLetters"));
            return;
        }
        lines.header("dossier.generated", "dossier.letter", "dossier.sent", "dossier.deadline");
        for (Letter letter : auditCase.getLetters()) {
            lines.row(lines.day(letter.getGeneratedAt()), lines.label("letterKind." + letter.getKind().getName())
                    + (letter.getDocumentName() == null ? "" : " (" + letter.getDocumentName() + ")"),
                    letter.getSentOn() == null ? lines.label("dossier.notSent") : lines.day(letter.getSentOn()), lines.day(letter.getDeadline()));
        }
    }

    private void statements(AuditCase auditCase) {
        lines.subheading(lines.label("dossier.statements"));
        if (auditCase.getStatements().isEmpty()) {
            lines.text(lines.label("dossier.noStatements"));
        }
        for (Statement statement : auditCase.getStatements()) {
            lines.text(lines.label("dossier.statement", lines.day(statement.getReceivedOn()),
                    lines.label("statementKind." + statement.getKind().getName())))
                    .pair("dossier.summary", statement.getSummary())
                    .pair("dossier.monitoring", statement.getMonitoring())
                    .pair("dossier.refusalReason", statement.getRefusalReason())
                    .pair("dossier.attachments", statement.getAttachments().stream()
                            .map(a -> a.getFileName() + " (" + size(a) + ")").collect(Collectors.joining(", ")));
            if (!statement.getMeasures().isEmpty()) {
                lines.header("dossier.date", "dossier.measures");
                statement.getMeasures().stream()
                        .sorted(Comparator.comparing(Measure::getDate, Comparator.nullsLast(Comparator.naturalOrder())))
                        .forEach(m -> lines.entry(lines.day(m.getDate()), lines.label("measure." + m.getKind().getName())
                                + (m.getDescription() == null || m.getDescription().isBlank() ? "" : ": " + m.getDescription())));
            }
        }
    }

    private static String size(Attachment attachment) {
        return attachment.getSize() < 1024 ? attachment.getSize() + " B" : (attachment.getSize() + 512) / 1024 + " KiB";
    }

    private void gaps(CaseFigures figures) {
        if (figures.latestStatement().isEmpty()) {
            return;
        }
        lines.subheading(lines.label("dossier.gaps", Rows.date(asOf)));
        if (figures.gaps().isEmpty()) {
            lines.text(lines.label("none"));
        } else {
            for (Gap gap : figures.gaps()) {
                lines.text(lines.label("gap." + gap.ruleId()) + ": " + gap.message().in(lines.locale()));
            }
        }
        if (figures.contradiction().isPresent()) {
            Contradiction contradiction = figures.contradiction().get();
            lines.text(lines.label("dossier.contradiction", lines.day(contradiction.claimedOn()),
                    lines.label("claim." + contradiction.claim().name()), lines.day(contradiction.scannedOn()),
                    lines.label("finding." + contradiction.measured().name())));
        }
    }

    private void assessment(Assessment assessment) {
        lines.subheading(lines.label("dossier.assessment"));
        if (assessment == null) {
            lines.text(lines.label("dossier.notAssessed"));
            return;
        }
        lines.pair("dossier.judgement", lines.label("verdict." + assessment.getVerdict().getName()))
                .pair("dossier.assessedOn", lines.day(assessment.getAssessedOn()))
                .pair("dossier.assessor", assessment.getAssessor())
                .pair("dossier.reasons", assessment.getReasons());
        if (!assessment.getFollowUps().isEmpty()) {
            lines.header("dossier.due", "dossier.followUps");
            for (FollowUp followUp : assessment.getFollowUps()) {
                lines.entry(lines.day(followUp.getDueDate()), followUp.getAction() + " (" + lines.label("dossier.done") + ": "
                        + lines.label(followUp.isDone() ? "annex.yes" : "annex.no") + ")");
            }
        }
    }
}
