package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.core.SelectionRuleText;
import org.auditbench.report.internal.ReportTexts;

/**
 * The detail of an audit trail entry in the report's words. Core's workflow writes its case steps in its
 * own English terms ("LETTER_GENERATED -> LETTER_SENT; sent 2026-12-01, deadline 2026-12-31"), and the
 * trail keeps them so; this reads them back ("Schreiben erstellt → Schreiben versandt; versandt am
 * 01.12.2026, Frist 31.12.2026"). Whatever it does not recognise (a detail of an older or later version)
 * is shown as stored.
 */
final class TrailDetail {

    private static final Pattern STATE_CHANGE = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)(?:; (.*))?", Pattern.DOTALL);
    private static final Pattern SCAN_RUN = Pattern.compile("scan run (\\d+)");
    private static final Pattern SENT = Pattern.compile("sent (\\d{4}-\\d{2}-\\d{2}), deadline (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern STATEMENT = Pattern.compile("([A-Z_0-9]+) received (\\d{4}-\\d{2}-\\d{2}), (\\d+) measures, (\\d+) attachments");
    private static final Pattern ASSESSED = Pattern.compile("([A-Z_]+): (.*)", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("(KNOWN_CASE|RANDOM_SAMPLE|MANUAL) \\((.*)\\): (.*)", Pattern.DOTALL);
    private static final Pattern SEED = Pattern.compile("seed (-?\\d+)");

    private final Lines lines;

    TrailDetail(Lines lines) {
        this.lines = lines;
    }

    /** The detail of a step {@code action} in the report's language. */
    String of(String action, String detail) {
        if (detail == null || action == null) {
            return detail;
        }
        if (action.equals("case.selected")) {
            String selected = selected(detail);
            return selected == null ? detail : selected;
        }
        Matcher change = STATE_CHANGE.matcher(detail);
        if (!change.matches() || !has("state." + change.group(1)) || !has("state." + change.group(2))) {
            return detail;
        }
        String states = lines.label("state." + change.group(1)) + " \u2192 " + lines.label("state." + change.group(2));
        String rest = change.group(3);
        if (rest == null) {
            return states;
        }
        String words = step(action, rest);
        return states + "; " + (words == null ? rest : words);
    }

    /** What a case step noted after its change of state, in words; null when it is not what the workflow writes. */
    private String step(String action, String rest) {
        try {
            Matcher part;
            switch (action) {
                case "case.scan":
                    part = SCAN_RUN.matcher(rest);
                    return part.matches() ? lines.label("trail.detail.scanRun", part.group(1)) : null;
                case "case.letter-sent", "case.reminder-sent":
                    part = SENT.matcher(rest);
                    return part.matches() ? lines.label("trail.detail.sent", day(part.group(1)), day(part.group(2))) : null;
                case "case.statement":
                    part = STATEMENT.matcher(rest);
                    return part.matches() && has("statementKind." + part.group(1)) ? statement(part) : null;
                case "case.assessed":
                    part = ASSESSED.matcher(rest);
                    return part.matches() && has("verdict." + part.group(1))
                            ? lines.label("verdict." + part.group(1)) + ": " + part.group(2) : null;
                default:
                    return null; // a letter's file name, or a step without words of its own
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private String statement(Matcher part) {
        if (part.group(1).equals("NO_ANSWER")) {
            return lines.label("trail.detail.noAnswer", day(part.group(2)));
        }
        return lines.label("trail.detail.statement", lines.label("statementKind." + part.group(1)), day(part.group(2)),
                Integer.parseInt(part.group(3)), Integer.parseInt(part.group(4)));
    }

    /** "KNOWN_CASE (list liste.txt): name" as "bekannter Fall (Liste aus liste.txt): name". */
    private String selected(String detail) {
        Matcher part = SELECTED.matcher(detail);
        if (!part.matches()) {
            return null;
        }
        String why = part.group(2);
        Matcher seed = SEED.matcher(why);
        if (part.group(1).equals("KNOWN_CASE")) {
            why = SelectionRuleText.source(why, lines.locale());
        } else if (part.group(1).equals("RANDOM_SAMPLE") && seed.matches()) {
            why = lines.label("trail.detail.seed", seed.group(1));
        }
        return lines.label("reason." + part.group(1)) + " (" + why + "): " + part.group(3);
    }

    private String day(String isoDate) {
        return lines.day(LocalDate.parse(isoDate));
    }

    private boolean has(String key) {
        return ReportTexts.has(lines.locale(), key);
    }
}
