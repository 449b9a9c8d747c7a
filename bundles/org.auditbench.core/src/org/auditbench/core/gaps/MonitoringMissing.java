package org.auditbench.core.gaps;

import java.util.Optional;

import org.auditbench.model.MeasureKind;
import org.auditbench.model.StatementKind;

/** Step 3 of the letter: an answer must describe how in- and outgoing data flows are watched. */
public final class MonitoringMissing implements GapRule {

    public static final String ID = "monitoring-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        if (facts.statement().getKind() != StatementKind.ANSWER) {
            return Optional.empty();
        }
        String monitoring = facts.statement().getMonitoring();
        boolean described = monitoring != null && !monitoring.isBlank()
                || facts.statement().getMeasures().stream().anyMatch(m -> m.getKind() == MeasureKind.MONITORING);
        return described ? Optional.empty() : Optional.of(Gap.of(ID));
    }
}
