package org.auditbench.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.core.internal.Texts;

/**
 * A campaign's selection rule in words. It is stored once, in English, as the record of how the sample
 * was drawn (the audit trail says the same); {@link #in} reads it back in the user's language. A rule this
 * class did not write (edited by hand, from an older version) is shown as stored.
 */
public final class SelectionRuleText {

    private static final Pattern STORED = Pattern.compile("known cases: (\\d+) \\((.*)\\); random sample: (?:size (\\d+)|share (\\S+))"
            + " of (\\d+) further institutions(, stratified by institution kind)? -> (\\d+) drawn; seed (-?\\d+); algorithm: (.*)",
            Pattern.DOTALL);

    private SelectionRuleText() {
    }

    /** The rule as stored on the campaign. */
    static String stored(int known, String knownSource, SampleRule rule, int populationSize, int drawn, long seed) {
        return "known cases: " + known + " (" + knownSource + "); random sample: " + rule.describe(populationSize) + " -> " + drawn
                + " drawn; seed " + seed + "; algorithm: " + SampleDraw.ALGORITHM;
    }

    /** The stored rule {@code rule} in the language of {@code locale}; null stays null. */
    public static String in(String rule, Locale locale) {
        Matcher parts = rule == null ? null : STORED.matcher(rule);
        if (parts == null || !parts.matches()) {
            return rule;
        }
        String quota = parts.group(3) != null ? Texts.format(locale, "selectionRule.size", parts.group(3))
                : Texts.format(locale, "selectionRule.share", parts.group(4));
        return Texts.format(locale, "selectionRule", parts.group(1), parts.group(2), quota, parts.group(5),
                parts.group(6) == null ? "" : Texts.format(locale, "selectionRule.stratified"), parts.group(7), parts.group(8),
                parts.group(9));
    }
}
