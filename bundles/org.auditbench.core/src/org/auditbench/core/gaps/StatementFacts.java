package org.auditbench.core.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.auditbench.core.CampaignTemplate.VulnerabilityTimeline;
import org.auditbench.core.Dates;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;

/**
 * What a gap rule looks at: the statement, how the last scan classified the institution's mail
 * servers, the vulnerability's timeline and today's date.
 */
public record StatementFacts(Statement statement, Set<MailServerKind> scannedKinds, VulnerabilityTimeline timeline,
        LocalDate today) {

    /** The measures of the given kinds that carry a date. */
    Stream<Measure> dated(MeasureKind... kinds) {
        List<MeasureKind> wanted = List.of(kinds);
        return statement.getMeasures().stream().filter(m -> m.getDate() != null && wanted.contains(m.getKind()));
    }

    static LocalDate date(Measure measure) {
        return Dates.of(measure.getDate());
    }
}
