package org.auditbench.core.gaps;

import static org.auditbench.model.MeasureKind.DETECTION_SCRIPT;
import static org.auditbench.model.MeasureKind.EOMT;
import static org.auditbench.model.MeasureKind.MSERT;
import static org.auditbench.model.MeasureKind.PATCH_INSTALLED;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A patch installed after exploitation had begun closes the door but does not show whether someone
 * came in before: a detection run (script, MSERT, EOMT) on or after the patch date must follow.
 */
public final class PatchWithoutLaterDetection implements GapRule {

    public static final String ID = "patch-without-detection";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        Optional<LocalDate> lastPatch = facts.dated(PATCH_INSTALLED).map(StatementFacts::date).max(Comparator.naturalOrder());
        if (lastPatch.isEmpty() || !lastPatch.get().isAfter(facts.timeline().exploitedSince())) {
            return Optional.empty();
        }
        boolean detectedAfter = facts.dated(DETECTION_SCRIPT, MSERT, EOMT).map(StatementFacts::date)
                .anyMatch(d -> !d.isBefore(lastPatch.get()));
        return detectedAfter ? Optional.empty()
                : Optional.of(Gap.of(ID, lastPatch.get().toString(), facts.timeline().exploitedSince().toString()));
    }
}
