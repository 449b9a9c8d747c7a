package org.auditbench.core.gaps;

import java.util.Optional;

import org.auditbench.model.StatementKind;

/**
 * Information may be refused only where answering would incriminate (§ 383 ZPO), and the facts behind
 * the refusal must be stated and made credible: a bare refusal is a gap.
 */
public final class RefusalWithoutReasons implements GapRule {

    public static final String ID = "refusal-without-reasons";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        String reason = facts.statement().getRefusalReason();
        boolean bare = facts.statement().getKind() == StatementKind.REFUSAL && (reason == null || reason.isBlank());
        return bare ? Optional.of(Gap.of(ID)) : Optional.empty();
    }
}
