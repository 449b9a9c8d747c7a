package org.auditbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a letter design reads from the application context: single fields (sender line, recipient,
 * date, subject ...) under {@code letter.<field>} and line by line under {@code letter.<field>.lines}, the paragraphs before and after the Phase 1 result
 * table ({@code letter.before}, {@code letter.after}), the rows of that table and the notes with their
 * links. The designs know nothing of the model; whoever composes a letter fills this.
 */
public final class LetterData {

    /** The field names the letter design prints. */
    public enum Field {
        /** The PDF's title, as a reader's window and file list show it. */
        title,
        senderLine, recipient, contact,
        /** "Aktenzeichen: 2021-EX-017" under the address and on every page, or empty. */
        fileNumberLine,
        placeAndDate, subject, legalBasis, salutation,
        /** The label of the result table's row with what the campaign's check found ("Ergebnis des nmap-Scriptes:"). */
        resultLabel,
        /** Greeting and "Im Auftrag". */
        signature,
        signer
    }

    /** Where a paragraph stands. */
    public enum Section {
        BEFORE_RESULTS, AFTER_RESULTS
    }

    /** One mail server address of the institution as checked in Phase 1, in the words of the letter. */
    public record ResultRow(String domain, String server, String ip, String provider, String cve, String blockedPorts,
            String openPorts, String telnet, String checkedOn) {

        Map<String, String> toMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("domain", domain);
            map.put("server", server);
            map.put("ip", ip);
            map.put("provider", provider);
            map.put("cve", cve);
            map.put("blockedPorts", blockedPorts);
            map.put("openPorts", openPorts);
            map.put("telnet", telnet);
            map.put("checkedOn", checkedOn);
            return map;
        }
    }

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Map<String, String>> before = new ArrayList<>();
    private final List<Map<String, String>> after = new ArrayList<>();
    private final List<Map<String, String>> results = new ArrayList<>();
    private final List<Map<String, String>> notes = new ArrayList<>();

    public LetterData set(Field field, String value) {
        fields.put(field.name(), value);
        return this;
    }

    public String get(Field field) {
        return fields.getOrDefault(field.name(), "");
    }

    /** A paragraph of running text. */
    public LetterData paragraph(Section section, String text) {
        return item(section, "", text);
    }

    /** A list item: {@code mark} ("1.", "–") before a hanging indent. */
    public LetterData item(Section section, String mark, String text) {
        (section == Section.BEFORE_RESULTS ? before : after).add(row("mark", mark, "text", text));
        return this;
    }

    public LetterData result(ResultRow row) {
        results.add(row.toMap());
        return this;
    }

    /** A note the text refers to by {@code mark} ("¹"), printed with its link at the end of the letter. */
    public LetterData note(String mark, String link) {
        notes.add(row("mark", mark, "link", link));
        return this;
    }

    /** A row as the design's scripts read it: Rhino sees the keys of a public Map class as properties. */
    private static Map<String, String> row(String key, String value, String otherKey, String otherValue) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(key, value);
        row.put(otherKey, otherValue);
        return row;
    }

    /** The application context for {@link ReportRenderer#render}. */
    public Map<String, Object> appContext() {
        Map<String, Object> context = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            context.put("letter." + field.name(), get(field));
            // line by line too: a text with line breaks loses them in DOCX, a list of lines keeps them
            List<Map<String, String>> lines = new ArrayList<>();
            for (String line : get(field).split("\n", -1)) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("text", line);
                lines.add(row);
            }
            context.put("letter." + field.name() + ".lines", lines);
        }
        context.put("letter.before", List.copyOf(before));
        context.put("letter.after", List.copyOf(after));
        context.put("letter.results", List.copyOf(results));
        context.put("letter.notes", List.copyOf(notes));
        return context;
    }
}
