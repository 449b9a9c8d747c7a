package org.auditbench.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.auditbench.model.Identifiable;

/** Many rows of one table in one go: the two ways a transaction writes them ({@link Tx#insertRows}, {@link Tx#insertBatch}). */
final class BatchInsert {

    /** Rows sent to the database per JDBC batch. */
    private static final int ROW_BATCH = 1000;

    private BatchInsert() {
    }

    /**
     * Inserts a row for each of {@code objects} into {@code table} and gives each object its new id, as
     * {@link Tx#insertRow} does. Where the driver returns the id of every row of a batch (PostgreSQL), the
     * rows go in JDBC batches, a few round trips for thousands of rows; each id is the one the database
     * returned for its row, so other clients inserting at the same time cannot cross them (the driver
     * sends a batch as multi-row INSERTs, whose RETURNING rows come in the order of the VALUES, as
     * ConcurrentImportTest checks). Otherwise
     * (embedded Derby: no round trips to save) row by row.
     *
     * @param columns the column names, comma-separated, in the order of each row's values
     * @param rows the values of each object's row, in the order of {@code objects}
     */
    static void rows(Tx tx, List<? extends Identifiable> objects, String table, String columns, List<Object[]> rows)
            throws SQLException {
        if (!tx.batchReturnsIds()) {
            for (int i = 0; i < objects.size(); i++) {
                tx.insertRow(objects.get(i), table, columns, rows.get(i));
            }
            return;
        }
        for (Object[] values : rows) {
            tx.checkedColumns(table, columns, values);
        }
        boolean versioned = tx.limits().versioned(table);
        String allColumns = versioned ? columns + ", " + ColumnLimits.ROW_VERSION + ", changed_by, changed_at" : columns;
        String sql = "INSERT INTO " + table + " (" + allColumns + ") VALUES (" + "?, ".repeat(allColumns.split(",").length - 1) + "?)";
        PreparedStatement statement = tx.prepareInsert(sql);
        for (int from = 0; from < rows.size(); from += ROW_BATCH) {
            int to = Math.min(rows.size(), from + ROW_BATCH);
            for (int i = from; i < to; i++) {
                tx.binder().bind(statement, versioned ? tx.withVersion(rows.get(i), Tx.FIRST_VERSION) : rows.get(i));
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (int i = from; i < to; i++) {
                    if (!keys.next()) {
                        throw new SQLException("fewer generated ids than rows for: " + sql);
                    }
                    if (versioned) {
                        tx.setVersion(objects.get(i), Tx.FIRST_VERSION);
                    }
                    tx.assignId(objects.get(i), keys.getLong(1));
                }
            }
        }
    }

    /**
     * Inserts rows into {@code table} in JDBC batches (on embedded Derby many rows in one statement, see
     * {@link DerbyBulkInsert}), without asking for the generated ids ({@link NewRows} reads them back). Every text is checked
     * against its column before anything is written.
     *
     * @param columns the column names, comma-separated, in the order of each row's values
     */
    static void batch(Tx tx, String table, String columns, List<Object[]> rows) throws SQLException {
        for (Object[] values : rows) {
            tx.checkedColumns(table, columns, values);
        }
        if (DerbyBulkInsert.insert(tx.connection(), table, columns, rows)) {
            return;
        }
        int count = columns.split(",").length;
        PreparedStatement statement = tx.prepare("INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)");
        int pending = 0;
        for (Object[] values : rows) {
            tx.binder().bind(statement, values);
            statement.addBatch();
            if (++pending == ROW_BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }
}
