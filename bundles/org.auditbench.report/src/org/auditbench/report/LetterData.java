package org.auditbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a letter design reads from the application context: single fields (sender line, recipient,
 * date, subject ...) under {@code letter.<field>}, the paragraphs of its sections and the rows of the Phase 1 result table. The
 * designs know nothing of the model; whoever composes a letter fills this.
 */
public final class LetterData {

    /** The field names the request letter design prints. */
    public enum Field {
        senderLine, recipient, contact, fileNumberLine, placeAndDate, subject, legalBasis, salutation, signature
    }

    /** One mail server of the institution as checked in Phase 1, in the words of the letter. */
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
    private final List<String> intro = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<String> phase1 = new ArrayList<>();
    private final List<Map<String, String>> results = new ArrayList<>();
    private final List<String> closing = new ArrayList<>();

    public LetterData set(Field field, String value) {
        fields.put(field.name(), value);
        return this;
    }

    /** Paragraphs before the required steps. */
    public LetterData intro(String paragraph) {
        intro.add(paragraph);
        return this;
    }

    /** The required steps, printed indented. */
    public LetterData step(String step) {
        steps.add(step);
        return this;
    }

    /** Paragraphs that introduce the result table. */
    public LetterData phase1(String paragraph) {
        phase1.add(paragraph);
        return this;
    }

    public LetterData result(ResultRow row) {
        results.add(row.toMap());
        return this;
    }

    /** Paragraphs after the result table: questions, deadline, right to refuse, privacy notice. */
    public LetterData closing(String paragraph) {
        closing.add(paragraph);
        return this;
    }

    /** The application context for {@link ReportRenderer#render}. */
    public Map<String, Object> appContext() {
        Map<String, Object> context = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            context.put("letter." + field.name(), fields.getOrDefault(field.name(), ""));
        }
        context.put("letter.intro", List.copyOf(intro));
        context.put("letter.steps", List.copyOf(steps));
        context.put("letter.phase1", List.copyOf(phase1));
        context.put("letter.results", List.copyOf(results));
        context.put("letter.closing", List.copyOf(closing));
        return context;
    }
}
