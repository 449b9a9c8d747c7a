package org.auditbench.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.auditbench.model.AuditEvent;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Identifiable;

/**
 * Who did which step, when, to what: every workflow step notes itself here, and the session writes the
 * notes into the store's audit trail with the change they describe. Subjects may not be stored yet when
 * the step happens (a case just drawn), so their ids are read when the events are taken for storing,
 * after the save gave them ids.
 */
public final class StepLog {

    private final String actor;
    private final Clock clock;
    private final List<Entry> pending = new ArrayList<>();

    private record Entry(Identifiable subject, AuditEvent event) {
    }

    /** @param actor the auditor's user name; @param clock the time source (injected so tests fix "today") */
    public StepLog(String actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    public String actor() {
        return actor;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Notes one step; {@code action} is a stable dotted name such as {@code case.letter-sent}. */
    public void record(Identifiable subject, String action, String detail) {
        AuditEvent event = AuditFactory.eINSTANCE.createAuditEvent();
        event.setAt(Date.from(clock.instant()));
        event.setActor(actor);
        event.setAction(action);
        event.setSubjectType(subject.eClass().getName());
        event.setDetail(detail);
        pending.add(new Entry(subject, event));
    }

    /** The steps noted since the last call, with their subjects' current ids; empties the trail. */
    public List<AuditEvent> takeEvents() {
        List<AuditEvent> events = new ArrayList<>();
        for (Entry entry : pending) {
            entry.event().setSubjectId(entry.subject().getId());
            events.add(entry.event());
        }
        pending.clear();
        return events;
    }

    /** Forgets the steps noted since the last take (their changes were not stored). */
    public void discard() {
        pending.clear();
    }
}
