package org.auditbench.report.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.core.LocalizedText;

/**
 * Turns the template's German texts into the letter's sentences: {@code {name}} becomes the value of that
 * name (a term of the template, an authority setting, a date of the letter), {@code [[note]]} the note's
 * superscript number, numbered in the order the notes first appear. A name nobody defines is an error:
 * a letter must never go out with a brace in it.
 */
final class Wording {

    /** A numbered note: its mark in the text and its link. */
    record Note(String mark, String link) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final Pattern NOTE = Pattern.compile("\\[\\[([A-Za-z0-9-]+)\\]\\]");
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String source;
    private final Map<String, String> values;
    private final Map<String, String> links;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /**
     * @param source names the wording's origin in error messages (the template id)
     * @param values what each {@code {name}} stands for
     * @param links  the link of each note
     */
    Wording(String source, Map<String, String> values, Map<String, String> links) {
        this.source = source;
        this.values = values;
        this.links = links;
    }

    String fill(LocalizedText text) {
        return notes(names(text.german()));
    }

    /** The notes referred to so far, in the order of their numbers. */
    List<Note> notes() {
        List<Note> notes = new ArrayList<>();
        numbers.forEach((id, number) -> notes.add(new Note(superscript(number), links.get(id))));
        return notes;
    }

    private String names(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(source + ": the letter's wording names {" + matcher.group(1)
                        + "}, which is neither a term of the template nor a setting of the authority (known: "
                        + String.join(", ", values.keySet()) + ")");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private String notes(String text) {
        Matcher matcher = NOTE.matcher(text);
        StringBuilder marked = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(1);
            if (!links.containsKey(id)) {
                throw new IllegalArgumentException(source + ": the letter's wording refers to note [[" + id
                        + "]], which the template's notes do not list (known: " + String.join(", ", links.keySet()) + ")");
            }
            int number = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
            matcher.appendReplacement(marked, superscript(number));
        }
        return matcher.appendTail(marked).toString();
    }

    static String superscript(int number) {
        StringBuilder mark = new StringBuilder();
        for (char digit : String.valueOf(number).toCharArray()) {
            mark.append(SUPERSCRIPT.charAt(digit - '0'));
        }
        return mark.toString();
    }
}
