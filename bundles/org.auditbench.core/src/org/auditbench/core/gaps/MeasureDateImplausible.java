package org.auditbench.core.gaps;

import static org.auditbench.model.MeasureKind.DETECTION_SCRIPT;
import static org.auditbench.model.MeasureKind.EOMT;
import static org.auditbench.model.MeasureKind.MSERT;
import static org.auditbench.model.MeasureKind.PATCH_INSTALLED;

import java.time.LocalDate;
import java.util.Optional;

import org.auditbench.core.Dates;
import org.auditbench.model.Measure;

/**
 * A measure dated after the statement arrived (or after today), or a vulnerability-specific measure
 * (patch, detection script, MSERT, EOMT) dated before the vulnerability was published, cannot be right.
 * Monitoring and other measures may well predate the publication and are not checked against it.
 */
public final class MeasureDateImplausible implements GapRule {

    public static final String ID = "measure-date-implausible";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        LocalDate received = Dates.of(facts.statement().getReceivedOn());
        LocalDate latest = received != null && received.isBefore(facts.today()) ? received : facts.today();
        for (Measure measure : facts.statement().getMeasures()) {
            LocalDate date = StatementFacts.date(measure);
            if (date != null && date.isAfter(latest)) {
                return Optional.of(Gap.of(ID, measure.getKind().getName(), date.toString(), "> " + latest));
            }
        }
        LocalDate published = facts.timeline().published();
        return facts.dated(PATCH_INSTALLED, DETECTION_SCRIPT, MSERT, EOMT)
                .filter(m -> StatementFacts.date(m).isBefore(published)).findFirst()
                .map(m -> Gap.of(ID, m.getKind().getName(), StatementFacts.date(m).toString(), "< " + published));
    }
}
