package org.auditbench.report.internal.data;

import java.util.List;

import org.auditbench.model.AuditEvent;
import org.auditbench.report.internal.ReportTexts;

/** A part of the audit trail as a table: when, who, which step, what it said (in the report's words: {@link TrailDetail}). */
final class Trail {

    private final Lines lines;
    private final TrailDetail details;

    Trail(Lines lines) {
        this.lines = lines;
        this.details = new TrailDetail(lines);
    }

    void print(String heading, List<AuditEvent> events) {
        lines.subheading(heading);
        if (events.isEmpty()) {
            lines.text(lines.label("dossier.noEvents"));
            return;
        }
        lines.header("dossier.when", "dossier.who", "dossier.step", "dossier.detail");
        for (AuditEvent event : events) {
            lines.row(lines.moment(event.getAt()), event.getActor(), step(event.getAction()), details.of(event.getAction(), event.getDetail()));
        }
    }

    /** The step in the report's words ("case.letter-sent": "letter sent"); one without a label as recorded. */
    private String step(String action) {
        String key = "trail." + action;
        return action != null && ReportTexts.has(lines.locale(), key) ? lines.label(key) : action;
    }
}
