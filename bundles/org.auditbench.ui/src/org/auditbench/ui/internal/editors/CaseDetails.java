package org.auditbench.ui.internal.editors;

import java.util.Locale;
import java.util.Optional;

import org.auditbench.core.figures.CaseFigures;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.Assessment;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Measure;
import org.auditbench.model.Statement;
import org.auditbench.model.edit.AuditbenchItemProviders;

/**
 * The text the Statements page shows beside its tree for a case: its latest statement with measures
 * and attachments, the gaps the rules find in it, and the assessment with its follow-ups.
 */
final class CaseDetails {

    private CaseDetails() {
    }

    static String of(CaseFigures figures) {
        StringBuilder text = new StringBuilder();
        AuditCase auditCase = figures.auditCase();
        text.append(auditCase.getInstitution().getName()).append(" – ").append(AuditbenchItemProviders.literal(auditCase.getState()))
                .append("\n\n");
        Optional<Statement> latest = figures.latestStatement();
        if (latest.isEmpty()) {
            text.append(Messages.Details_noStatement).append('\n');
        }
        latest.ifPresent(statement -> statement(text, statement));
        text.append('\n').append(Messages.Details_gaps).append('\n');
        if (figures.gaps().isEmpty()) {
            text.append("  ").append(latest.isEmpty() ? "–" : Messages.Details_noGaps).append('\n');
        }
        for (Gap gap : figures.gaps()) {
            text.append("  • ").append(gap.message().in(Locale.getDefault())).append('\n');
        }
        text.append('\n').append(Messages.Details_assessment).append('\n');
        Assessment assessment = auditCase.getAssessment();
        if (assessment == null) {
            text.append("  –\n");
        } else {
            text.append("  ").append(AuditbenchItemProviders.literal(assessment.getVerdict())).append(", ")
                    .append(AuditbenchItemProviders.date(assessment.getAssessedOn())).append(lines(assessment.getReasons()));
            for (FollowUp followUp : assessment.getFollowUps()) {
                text.append("  ").append(followUp.isDone() ? "☑ " : "☐ ").append(followUp.getAction()).append(" (")
                        .append(AuditbenchItemProviders.date(followUp.getDueDate())).append(")\n");
            }
        }
        return text.toString();
    }

    private static void statement(StringBuilder text, Statement statement) {
        text.append(Messages.Details_statement).append(' ').append(AuditbenchItemProviders.literal(statement.getKind())).append(", ")
                .append(AuditbenchItemProviders.date(statement.getReceivedOn())).append(lines(statement.getSummary()));
        if (statement.getRefusalReason() != null) {
            text.append(lines(statement.getRefusalReason()));
        }
        if (statement.getMonitoring() != null) {
            text.append(Messages.Details_monitoring).append(lines(statement.getMonitoring()));
        }
        text.append(Messages.Details_measures).append('\n');
        for (Measure measure : statement.getMeasures()) {
            text.append("  ").append(AuditbenchItemProviders.date(measure.getDate())).append("  ")
                    .append(AuditbenchItemProviders.literal(measure.getKind())).append(": ").append(measure.getDescription()).append('\n');
        }
        for (Attachment attachment : statement.getAttachments()) {
            text.append(Messages.Details_attachment).append(' ').append(attachment.getFileName()).append('\n');
        }
    }

    /** {@code value} on its own line, indented; nothing when empty. */
    private static String lines(String value) {
        return value == null || value.isBlank() ? "\n" : "\n  " + value.strip().replace("\n", "\n  ") + "\n";
    }
}
