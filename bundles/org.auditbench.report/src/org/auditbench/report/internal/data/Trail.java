package org.auditbench.report.internal.data;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.model.AuditEvent;
import org.auditbench.report.internal.ReportTexts;

/** A part of the audit trail as a table: when, who, which step, what it said. */
final class Trail {

    private static final Pattern STATE_CHANGE = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)");

    private final Lines lines;

    Trail(Lines lines) {
        this.lines = lines;
    }

    void print(String heading, List<AuditEvent> events) {
        lines.subheading(heading);
        if (events.isEmpty()) {
            lines.text(lines.label("dossier.noEvents"));
            return;
        }
        lines.header("dossier.when", "dossier.who", "dossier.step", "dossier.detail");
        for (AuditEvent event : events) {
            lines.row(lines.moment(event.getAt()), event.getActor(), step(event.getAction()), detail(event.getDetail()));
        }
    }

    /**
     * The detail as recorded, except that a case step's change of state ("SELECTED -> SCANNED; ...",
     * written by core's workflow in its own terms) reads in the report's words ("ausgewählt → geprüft; ...").
     */
    private String detail(String detail) {
        Matcher change = detail == null ? null : STATE_CHANGE.matcher(detail);
        if (change == null || !change.lookingAt() || !hasState(change.group(1)) || !hasState(change.group(2))) {
            return detail;
        }
        return lines.label("state." + change.group(1)) + " \u2192 " + lines.label("state." + change.group(2))
                + detail.substring(change.end());
    }

    private boolean hasState(String state) {
        return ReportTexts.has(lines.locale(), "state." + state);
    }

    /** The step in the report's words ("case.letter-sent": "letter sent"); one without a label as recorded. */
    private String step(String action) {
        String key = "trail." + action;
        return action != null && ReportTexts.has(lines.locale(), key) ? lines.label(key) : action;
    }
}
