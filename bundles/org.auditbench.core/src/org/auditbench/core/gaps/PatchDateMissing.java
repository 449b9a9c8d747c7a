package org.auditbench.core.gaps;

import java.util.Optional;

import org.auditbench.model.MeasureKind;
import org.auditbench.model.StatementKind;

/** An answer about an own Exchange server must date the patch: the chronology starts there. */
public final class PatchDateMissing implements GapRule {

    public static final String ID = "patch-date-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        boolean answer = facts.statement().getKind() == StatementKind.ANSWER;
        return answer && facts.dated(MeasureKind.PATCH_INSTALLED).findAny().isEmpty() ? Optional.of(Gap.of(ID)) : Optional.empty();
    }
}
