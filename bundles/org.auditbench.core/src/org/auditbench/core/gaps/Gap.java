package org.auditbench.core.gaps;

import org.auditbench.core.LocalizedText;
import org.auditbench.core.internal.Texts;

/** A gap a rule found in a statement: the rule's id and what is missing, in German and English. */
public record Gap(String ruleId, LocalizedText message) {

    /** The gap of rule {@code ruleId} with its message {@code gap.<ruleId>} filled with {@code args}. */
    static Gap of(String ruleId, Object... args) {
        return new Gap(ruleId, Texts.both("gap." + ruleId, args));
    }
}
