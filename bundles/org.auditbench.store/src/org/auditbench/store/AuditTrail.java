package org.auditbench.store;

import java.util.List;

import org.auditbench.model.AuditEvent;
import org.auditbench.model.AuditFactory;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.Row;

/**
 * Who changed what and when. Every save and delete of the store writes its event in the same
 * transaction, so the trail has no gaps and no events for changes that did not happen.
 */
public final class AuditTrail {

    private static final String SELECT = "SELECT id, occurred_at, actor, action, subject_type, subject_id, detail FROM audit_event";

    private final Database database;

    AuditTrail(Database database) {
        this.database = database;
    }

    /** The newest {@code limit} events, newest first. */
    public List<AuditEvent> recent(int limit) {
        return database.transaction(tx -> tx.query(SELECT + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                AuditTrail::event));
    }

    /** The events about one object (subject type = its class name, e.g. "Institution"), oldest first. */
    public List<AuditEvent> about(String subjectType, long subjectId) {
        return database.transaction(tx -> tx.query(SELECT + " WHERE subject_type = ? AND subject_id = ? ORDER BY id",
                AuditTrail::event, subjectType, subjectId));
    }

    /**
     * The id of the newest event, 0 when there is none: it moves with every save and delete of any
     * client, so a workbench that remembers it can tell cheaply (one index lookup) whether anybody
     * changed something since.
     */
    public long newestId() {
        return database.transaction(tx -> tx.query("SELECT MAX(id) AS newest FROM audit_event", row -> row.number("newest"))).get(0);
    }

    /** Records something done outside the store's saves (a letter printed, an export written). */
    public void record(String action, String subjectType, long subjectId, String detail) {
        database.change(tx -> tx.audit(action, subjectType, subjectId, detail));
    }

    private static AuditEvent event(Row row) throws java.sql.SQLException {
        AuditEvent event = AuditFactory.eINSTANCE.createAuditEvent();
        event.setId(row.number("id"));
        event.setAt(row.date("occurred_at"));
        event.setActor(row.text("actor"));
        event.setAction(row.text("action"));
        event.setSubjectType(row.text("subject_type"));
        event.setSubjectId(row.number("subject_id"));
        event.setDetail(row.text("detail"));
        return event;
    }
}
