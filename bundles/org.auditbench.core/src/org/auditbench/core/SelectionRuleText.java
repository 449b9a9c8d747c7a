package org.auditbench.core;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.core.internal.Texts;
import org.auditbench.model.Campaign;
import org.auditbench.model.SelectionReason;

/**
 * A campaign's selection rule in words. It is stored once, in English, as the record of how the sample
 * was drawn (the audit trail says the same); {@link #in} reads it back as a sentence in the user's
 * language. A rule this class did not write (edited by hand, from an older version) is shown as stored.
 */
public final class SelectionRuleText {

    private static final Pattern STORED = Pattern.compile("known cases: (\\d+) \\((.*)\\); random sample: (?:size (\\d+)|share (\\S+))"
            + " of (\\d+) further institutions(, stratified by institution kind)? -> (\\d+) drawn; seed (-?\\d+); algorithm: (.*)",
            Pattern.DOTALL);
    /** The parts of the known cases' source, as {@link CampaignDesk} joins them. */
    private static final Pattern SOURCES = Pattern.compile(" \\+ ");
    private static final String LIST = "list ";
    private static final String BREACHES = "reported breaches";
    private static final String NONE = "none";
    /** The picked institutions as a workbench stored them: {@link SampleRequest#PICKED}, earlier also in German. */
    private static final Set<String> PICKED = Set.of(SampleRequest.PICKED, "Auswahl in der Ansicht Einrichtungen");

    private SelectionRuleText() {
    }

    /** The rule as stored on the campaign. */
    static String stored(int known, String knownSource, SampleRule rule, int populationSize, int drawn, long seed) {
        return "known cases: " + known + " (" + knownSource + "); random sample: " + rule.describe(populationSize) + " -> " + drawn
                + " drawn; seed " + seed + "; algorithm: " + SampleDraw.ALGORITHM;
    }

    /**
     * How the members of {@code campaign} were chosen, in the language of {@code locale}: its stored rule and
     * the institutions added by hand since; null while it has neither.
     */
    public static String of(Campaign campaign, Locale locale) {
        String rule = in(campaign.getSelectionRule(), locale);
        long byHand = campaign.getCases().stream().filter(c -> c.getSelectionReason() == SelectionReason.MANUAL).count();
        if (byHand == 0) {
            return rule;
        }
        String added = Texts.format(locale, "selectionRule.manual", byHand);
        return rule == null ? capitalized(added, locale) : Texts.format(locale, "selectionRule.parts", rule, added);
    }

    /** The stored rule {@code rule} as a sentence in the language of {@code locale}; null stays null. */
    public static String in(String rule, Locale locale) {
        Matcher parts = rule == null ? null : STORED.matcher(rule);
        if (parts == null || !parts.matches()) {
            return rule;
        }
        int known = Integer.parseInt(parts.group(1));
        String sentence = Texts.format(locale, "selectionRule.parts", known(known, parts.group(2), locale),
                sample(parts, known > 0, locale));
        if (!parts.group(9).equals(SampleDraw.ALGORITHM)) {
            sentence = Texts.format(locale, "selectionRule.algorithm", sentence, parts.group(9));
        }
        return capitalized(sentence, locale);
    }

    /** Where the {@code known} known cases came from: the list (a file, the picked institutions) and the reported breaches. */
    private static String known(int known, String source, Locale locale) {
        List<String> words = sourceWords(source, locale);
        if (words.isEmpty() && known == 0) {
            return Texts.format(locale, "selectionRule.noKnown");
        }
        return Texts.format(locale, "selectionRule.known", joined(words, source, locale), known);
    }

    /**
     * Where known cases came from, as a rule and a case's selection step store it ("list liste.txt + reported breaches"),
     * in the language of {@code locale}; a source this class does not know is shown as stored.
     */
    public static String source(String source, Locale locale) {
        return joined(sourceWords(source, locale), source, locale);
    }

    private static List<String> sourceWords(String source, Locale locale) {
        List<String> words = new ArrayList<>();
        for (String part : SOURCES.split(source)) {
            if (part.equals(BREACHES)) {
                words.add(Texts.format(locale, "selectionRule.breaches"));
            } else if (!part.equals(NONE)) {
                // a list's further parts (the wizard joins file and picked institutions) come without the prefix
                String listed = part.startsWith(LIST) ? part.substring(LIST.length()) : part;
                words.add(PICKED.contains(listed) ? Texts.format(locale, "selectionRule.picked")
                        : Texts.format(locale, "selectionRule.list", listed));
            }
        }
        return words;
    }

    /** "a, b and c"; {@code stored} when there are no words. */
    private static String joined(List<String> words, String stored, Locale locale) {
        if (words.isEmpty()) {
            return stored;
        }
        String joined = words.get(words.size() - 1);
        for (int i = words.size() - 2; i >= 0; i--) {
            joined = Texts.format(locale, i == words.size() - 2 ? "selectionRule.and" : "selectionRule.comma", words.get(i), joined);
        }
        return joined;
    }

    private static String sample(Matcher parts, boolean afterKnownCases, Locale locale) {
        boolean bySize = parts.group(3) != null;
        double quota = bySize ? Integer.parseInt(parts.group(3)) : Double.parseDouble(parts.group(4));
        if (quota == 0) {
            return Texts.format(locale, "selectionRule.noSample");
        }
        String amount;
        if (bySize) {
            amount = NumberFormat.getIntegerInstance(locale).format(quota);
        } else {
            NumberFormat percent = NumberFormat.getNumberInstance(locale);
            percent.setMaximumFractionDigits(2);
            amount = Texts.format(locale, "selectionRule.share", percent.format(quota * 100));
        }
        String population = Texts.format(locale, afterKnownCases ? "selectionRule.further" : "selectionRule.all",
                Integer.parseInt(parts.group(5)));
        // the seed as typed: no digit grouping
        return Texts.format(locale, "selectionRule.sample", amount, population, Integer.parseInt(parts.group(7)), parts.group(8),
                parts.group(6) == null ? "" : Texts.format(locale, "selectionRule.stratified"));
    }

    private static String capitalized(String sentence, Locale locale) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
    }
}
