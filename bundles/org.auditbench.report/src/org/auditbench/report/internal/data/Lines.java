package org.auditbench.report.internal.data;

import java.text.DateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.auditbench.report.internal.ReportTexts;

/**
 * The lines of a sectioned document ({@code designs/document.rptdesign}) in reading order: headings, tables
 * of up to four columns, labels with their values or counts, dated entries, evidence notes and paragraphs. Every cell is text but a count, and
 * dates are written here in the report's language ({@code 01.12.2026}, {@code 1 Dec 2026}), so a line never
 * shows an undated result and one design serves the dossier and the delta report.
 */
final class Lines {

    /** The application context key the design reads. */
    static final String KEY = "document.lines";

    private final List<Map<String, Object>> lines = new ArrayList<>();
    private final Locale locale;

    Lines(Locale locale) {
        this.locale = locale;
    }

    Lines heading(String text) {
        return line("heading", text, null, null, null);
    }

    Lines subheading(String text) {
        return line("subheading", text, null, null, null);
    }

    /** The header of a table: labels by key. */
    Lines header(String... labelKeys) {
        String[] cells = new String[4];
        for (int i = 0; i < labelKeys.length; i++) {
            cells[i] = label(labelKeys[i]);
        }
        return line("header", cells[0], cells[1], cells[2], cells[3]);
    }

    /** The header of a table: texts as given. */
    Lines headerTexts(String c1, String c2, String c3, String c4) {
        return line("header", c1, c2, c3, c4);
    }

    Lines row(String c1, String c2, String c3, String c4) {
        return line("row", c1, c2, c3, c4);
    }

    /** A label (by key) and its value; nothing when the value is empty. */
    Lines pair(String labelKey, String value) {
        return value == null || value.isBlank() ? this : line("pair", label(labelKey), value, null, null);
    }

    /** A label (by key) and a count, which stays a number (an XLSX cell of type numeric). */
    Lines count(String labelKey, int count) {
        line("count", label(labelKey), null, null, null);
        lines.getLast().put("count", count);
        return this;
    }

    /** A dated entry of a chronology: the day and what happened, across the other columns. */
    Lines entry(String day, String text) {
        return line("entry", day, text, null, null);
    }

    /** A note under a table row, such as the excerpt of a check's evidence. */
    Lines note(String text) {
        return text == null || text.isBlank() ? this : line("note", null, text, null, null);
    }

    Lines text(String text) {
        return line("text", text, null, null, null);
    }

    Locale locale() {
        return locale;
    }

    String label(String key, Object... args) {
        return ReportTexts.label(locale, key, args);
    }

    /** A day as the report's language writes it; "–" when there is none. */
    String day(Date date) {
        return date == null ? "–" : DateFormat.getDateInstance(DateFormat.MEDIUM, ReportTexts.printing(locale)).format(date);
    }

    String day(LocalDate date) {
        return date == null ? "–" : day(Rows.date(date));
    }

    /** A moment with the time of day, for the audit trail. */
    String moment(Date date) {
        return date == null ? "–"
                : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ReportTexts.printing(locale)).format(date);
    }

    List<Map<String, Object>> list() {
        return List.copyOf(lines);
    }

    private Lines line(String kind, String c1, String c2, String c3, String c4) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", kind);
        line.put("c1", c1);
        line.put("c2", c2);
        line.put("c3", c3);
        line.put("c4", c4);
        line.put("count", null);
        lines.add(line);
        return this;
    }
}
