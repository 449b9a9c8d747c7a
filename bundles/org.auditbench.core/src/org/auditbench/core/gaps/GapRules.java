package org.auditbench.core.gaps;

import java.util.ArrayList;
import java.util.List;

/** The gap rules of the statement phase, run together. */
public final class GapRules {

    private static final List<GapRule> BUILT_IN = List.of(new PatchWithoutLaterDetection(), new PatchDateMissing(),
            new MonitoringMissing(), new Microsoft365ContradictsScan(), new NoExchangeContradictsScan(),
            new RefusalWithoutReasons(), new MeasureDateImplausible());

    private GapRules() {
    }

    public static List<GapRule> builtIn() {
        return BUILT_IN;
    }

    /** Every gap the built-in rules find, in rule order. */
    public static List<Gap> check(StatementFacts facts) {
        List<Gap> gaps = new ArrayList<>();
        for (GapRule rule : BUILT_IN) {
            rule.check(facts).ifPresent(gaps::add);
        }
        return gaps;
    }
}
