package org.auditbench.ui.internal.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Measure;
import org.auditbench.model.Statement;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.eclipse.osgi.util.NLS;

/** The case's latest statement in a few lines for the assessment: what was answered, the measures, the gaps the rules find. */
final class StatementSummary {

    private StatementSummary() {
    }

    static String of(AuditCase auditCase) {
        List<Statement> statements = auditCase.getStatements();
        if (statements.isEmpty()) {
            return Messages.Assessment_noStatement;
        }
        Statement statement = statements.get(statements.size() - 1);
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Assessment_statement, new Object[] { AuditbenchItemProviders.date(statement.getReceivedOn()),
                AuditbenchItemProviders.literal(statement.getKind()), statement.getSummary() == null ? "" : statement.getSummary() }));
        int n = 0;
        for (Measure measure : statement.getMeasures()) {
            lines.add(NLS.bind(Messages.Assessment_measure, new Object[] { ++n, AuditbenchItemProviders.date(measure.getDate()),
                    AuditbenchItemProviders.literal(measure.getKind()), measure.getDescription() == null ? "" : measure.getDescription() }));
        }
        List<Gap> gaps;
        try {
            gaps = new CaseDesk(CaseWork.session()).gaps(auditCase.getCampaign(), auditCase, statement);
        } catch (BadInputException e) {
            lines.add(CaseWork.message(e));
            return String.join("\n", lines);
        }
        lines.add(gaps.isEmpty() ? Messages.Assessment_noGaps : NLS.bind(Messages.Assessment_gaps, gaps.size()));
        gaps.forEach(g -> lines.add("\u2022 " + g.message().in(Locale.getDefault())));
        return String.join("\n", lines);
    }
}
