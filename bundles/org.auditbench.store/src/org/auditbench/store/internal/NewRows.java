package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.auditbench.model.Identifiable;

/**
 * New rows of one child table (domain scans of a run, observations of domain scans ...), written in JDBC
 * batches and then given the ids the database generated. Those are read back in one query: the rows under
 * the same parents with an id above the table's highest id before the insert, handed out per parent in
 * id order, which is the order of insertion (identity values only grow). Rows of other parents in the
 * range are passed over; rows under these parents cannot come from elsewhere meanwhile, as the parents
 * are new or locked by this transaction (the run's row is updated first).
 *
 * @param <T> the objects the rows are made from
 */
final class NewRows<T extends Identifiable> {

    private final String table;
    private final String parentColumn;
    private final String columns;
    private final List<T> objects = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    /** @param columns the other columns, comma-separated, in the order of the values given to {@link #add} */
    NewRows(String table, String parentColumn, String columns) {
        this.table = table;
        this.parentColumn = parentColumn;
        this.columns = columns;
    }

    void add(long parentId, T object, Object... values) {
        Object[] row = new Object[values.length + 1];
        row[0] = parentId;
        System.arraycopy(values, 0, row, 1, values.length);
        objects.add(object);
        rows.add(row);
    }

    /** Writes the rows and gives each object its id (taken back if the transaction rolls back). */
    void insert(Tx tx) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (Object[] row : rows) {
            lowest = Math.min(lowest, (Long) row[0]);
            highest = Math.max(highest, (Long) row[0]);
        }
        long before = tx.number("SELECT MAX(id) FROM " + table, 0);
        tx.insertBatch(table, parentColumn + ", " + columns, rows);
        Map<Long, List<Long>> idsByParent = new HashMap<>();
        for (Object[] row : rows) {
            idsByParent.putIfAbsent((Long) row[0], new ArrayList<>());
        }
        tx.forEach("SELECT id, " + parentColumn + " FROM " + table + " WHERE " + parentColumn + " BETWEEN ? AND ? AND id > ?", row -> {
            List<Long> ids = idsByParent.get(row.number(parentColumn));
            if (ids != null) {
                ids.add(row.number("id"));
            }
        }, lowest, highest, before);
        Map<Long, Iterator<Long>> next = new HashMap<>();
        for (Map.Entry<Long, List<Long>> parent : idsByParent.entrySet()) {
            // sorted here rather than with ORDER BY: Derby sorts large results on disk
            Collections.sort(parent.getValue());
            next.put(parent.getKey(), parent.getValue().iterator());
        }
        for (int i = 0; i < rows.size(); i++) {
            Iterator<Long> ids = next.get((Long) rows.get(i)[0]);
            if (!ids.hasNext()) {
                throw new SQLException("fewer " + table + " rows read back than written under " + parentColumn + " " + rows.get(i)[0]);
            }
            tx.assignId(objects.get(i), ids.next());
        }
        if (next.values().stream().anyMatch(Iterator::hasNext)) {
            throw new SQLException("more " + table + " rows read back than written: another writer under the same parents");
        }
    }
}
