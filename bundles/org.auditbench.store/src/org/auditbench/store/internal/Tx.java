package org.auditbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.model.Identifiable;
import org.auditbench.store.SaveConflictException;
import org.auditbench.store.StoreException;

/**
 * One transaction on the store's connection: prepared statements (cached for the transaction, so bulk
 * saves reuse them), generated ids and the audit trail. Ids given to model objects are taken back when
 * the transaction rolls back, so a failed save leaves the objects as they were.
 */
public final class Tx implements AutoCloseable {

    /** Reads one row into something. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    /** Handles one row. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(Row row) throws SQLException;
    }

    private static final String AUDIT_EVENT = "INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id,"
            + " detail) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int EVENT_BATCH = 500;
    static final long FIRST_VERSION = 1;
    private static final Map<String, String[]> COLUMN_NAMES = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String actor;
    private final ColumnLimits limits;
    private final boolean batchReturnsIds;
    private int pendingEvents;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, PreparedStatement> inserts = new HashMap<>();
    private final ParameterBinder binder = new ParameterBinder();
    private final List<Runnable> undo = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    /** @param batchReturnsIds whether the driver returns the id of every row of a batch ({@link Dialect#batchReturnsIds}) */
    Tx(Connection connection, String actor, ColumnLimits limits, boolean batchReturnsIds) {
        this.connection = connection;
        this.actor = actor;
        this.limits = limits;
        this.batchReturnsIds = batchReturnsIds;
    }

    /** Inserts one row and returns the id the database generated for it. */
    public long insert(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepareInsert(sql);
        binder.bind(statement, parameters);
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id for: " + sql);
            }
            return keys.getLong(1);
        }
    }

    /**
     * Inserts a row for {@code object} into {@code table} and gives the object its new id (taken back on
     * rollback). A text longer than its column is refused before anything is written.
     *
     * @param columns the column names, comma-separated, in the order of {@code values}
     */
    public void insertRow(Identifiable object, String table, String columns, Object... values) throws SQLException {
        checkedColumns(table, columns, values);
        if (limits.versioned(table)) {
            columns += ", " + ColumnLimits.ROW_VERSION + ", changed_by, changed_at";
            values = withVersion(values, FIRST_VERSION);
            setVersion(object, FIRST_VERSION);
        }
        assignId(object, insert("INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(values.length - 1) + "?)",
                values));
    }

    /**
     * Inserts a row for each of {@code objects} into {@code table} and gives each object its new id, as
     * {@link #insertRow} does, in batches where the driver returns every row's id ({@link BatchInsert#rows}).
     */
    public void insertRows(List<? extends Identifiable> objects, String table, String columns, List<Object[]> rows)
            throws SQLException {
        BatchInsert.rows(this, objects, table, columns, rows);
    }

    /** Inserts rows without giving out their ids ({@link BatchInsert#batch}; {@link NewRows} reads them back). */
    public void insertBatch(String table, String columns, List<Object[]> rows) throws SQLException {
        BatchInsert.batch(this, table, columns, rows);
    }

    /**
     * Inserts the object's row into {@code table} or, when it has an id, updates that row.
     *
     * @param columns the column names, comma-separated, in the order of {@code values}
     * @return whether the row was new
     */
    public boolean store(Identifiable object, String table, String columns, Object... values) throws SQLException {
        if (object.getId() == 0) {
            insertRow(object, table, columns, values);
            return true;
        }
        String[] names = checkedColumns(table, columns, values);
        if (limits.versioned(table)) {
            updateVersioned(object, table, String.join(" = ?, ", names) + " = ?, ", values);
            return false;
        }
        Object[] withId = Arrays.copyOf(values, values.length + 1);
        withId[values.length] = object.getId();
        updateStored(object, "UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE id = ?", withId);
        return false;
    }

    /**
     * Counts a save of something within the stored {@code object} (a statement of a case): its row moves to
     * the next version, and the save is refused when somebody else saved it since it was read.
     */
    public void touch(Identifiable object, String table) throws SQLException {
        updateVersioned(object, table, "", new Object[0]);
    }

    /** Updates a versioned row from the version the object was read at; refuses when the row has moved on. */
    private void updateVersioned(Identifiable object, String table, String assignments, Object[] values) throws SQLException {
        long read = object.getRowVersion();
        Object[] parameters = Arrays.copyOf(withVersion(values, read + 1), values.length + 5);
        parameters[values.length + 3] = object.getId();
        parameters[values.length + 4] = read;
        if (update("UPDATE " + table + " SET " + assignments + ColumnLimits.ROW_VERSION + " = ?, changed_by = ?, changed_at = ?"
                + " WHERE id = ? AND " + ColumnLimits.ROW_VERSION + " = ?", parameters) == 1) {
            setVersion(object, read + 1);
            return;
        }
        List<SaveConflictException> conflicts = query("SELECT " + ColumnLimits.ROW_VERSION + ", changed_by, changed_at FROM " + table
                + " WHERE id = ?", row -> new SaveConflictException(object, Subjects.describe(object), row.number(ColumnLimits.ROW_VERSION),
                        row.text("changed_by"), row.date("changed_at")), object.getId());
        if (conflicts.isEmpty()) {
            throw new StoreException(Subjects.describe(object) + " is no longer in the store (somebody deleted it)");
        }
        throw conflicts.get(0);
    }

    Object[] withVersion(Object[] values, long version) {
        Object[] result = Arrays.copyOf(values, values.length + 3);
        result[values.length] = version;
        result[values.length + 1] = actor;
        result[values.length + 2] = new Date();
        return result;
    }

    void setVersion(Identifiable object, long version) {
        long previous = object.getRowVersion();
        object.setRowVersion(version);
        undo.add(() -> object.setRowVersion(previous));
    }

    /** Refuses a text longer than its column (for writes not made through {@link #store} or {@link #insertRow}). */
    public void checkLength(String table, String column, String value) {
        if (value != null) {
            limits.check(table, column, value);
        }
    }

    String[] checkedColumns(String table, String columns, Object[] values) {
        String[] names = COLUMN_NAMES.computeIfAbsent(columns, c -> c.split(",\\s*")); // once, not per row of a batch
        for (int i = 0; i < names.length; i++) {
            if (values[i] instanceof String text) {
                limits.check(table, names[i], text);
            }
        }
        return names;
    }

    /** Deletes the rows below {@code parentId} whose objects are no longer in {@code kept}. */
    public void deleteRemoved(String table, String parentColumn, long parentId, List<? extends Identifiable> kept)
            throws SQLException {
        Set<Long> keptIds = new HashSet<>();
        kept.forEach(k -> keptIds.add(k.getId()));
        for (Long id : query("SELECT id FROM " + table + " WHERE " + parentColumn + " = ?", row -> row.number("id"), parentId)) {
            if (!keptIds.contains(id)) {
                update("DELETE FROM " + table + " WHERE id = ?", id);
            }
        }
    }

    public int update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql);
        binder.bind(statement, parameters);
        return statement.executeUpdate();
    }

    /** Updates the row of a stored object; fails when someone deleted it meanwhile. */
    public void updateStored(Identifiable object, String sql, Object... parameters) throws SQLException {
        if (update(sql, parameters) != 1) {
            throw new StoreException(object.eClass().getName() + " #" + object.getId() + " is no longer in the store");
        }
    }

    public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        forEach(sql, row -> result.add(reader.read(row)), parameters);
        return result;
    }

    public void forEach(String sql, RowHandler handler, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql);
        binder.bind(statement, parameters);
        try (ResultSet resultSet = statement.executeQuery()) {
            Row row = new Row(resultSet);
            while (resultSet.next()) {
                handler.handle(row);
            }
        }
    }

    /** The first column of the first row, or {@code fallback} when there is no row or it is NULL. */
    public long number(String sql, long fallback, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql);
        binder.bind(statement, parameters);
        try (ResultSet resultSet = statement.executeQuery()) {
            if (!resultSet.next()) {
                return fallback;
            }
            long value = resultSet.getLong(1);
            return resultSet.wasNull() ? fallback : value;
        }
    }

    public void assignId(Identifiable object, long id) {
        long previous = object.getId();
        object.setId(id);
        undo.add(() -> object.setId(previous));
    }

    /** Runs {@code action} once the transaction is committed (for example: forget bytes now stored). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Records a change in the audit trail, in this transaction: no change without its event. */
    public void audit(String action, Identifiable subject, String detail) throws SQLException {
        audit(action, subject.eClass().getName(), subject.getId(), detail);
    }

    public void audit(String action, String subjectType, long subjectId, String detail) throws SQLException {
        // Batched: a bulk save writes one event per object; they go to the database before the commit.
        PreparedStatement events = prepare(AUDIT_EVENT);
        // The detail may copy a long text stored in full elsewhere (an assessment's reasons): the trail keeps
        // its beginning rather than refusing the change.
        binder.bind(events, new Object[] { new Date(), actor, action, subjectType, subjectId, limits.cut("audit_event", "detail", detail) });
        events.addBatch();
        if (++pendingEvents == EVENT_BATCH) {
            writeEvents();
        }
    }

    /** Writes the batched audit events; the transaction calls this before committing. */
    void writeEvents() throws SQLException {
        if (pendingEvents > 0) {
            prepare(AUDIT_EVENT).executeBatch();
            pendingEvents = 0;
        }
    }

    public Connection connection() {
        return connection;
    }

    ParameterBinder binder() {
        return binder;
    }

    ColumnLimits limits() {
        return limits;
    }

    boolean batchReturnsIds() {
        return batchReturnsIds;
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }

    void rolledBack() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
    }

    PreparedStatement prepareInsert(String sql) throws SQLException {
        PreparedStatement statement = inserts.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            inserts.put(sql, statement);
        }
        return statement;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }


    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            closeQuietly(statement);
        }
        for (PreparedStatement statement : inserts.values()) {
            closeQuietly(statement);
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // The transaction's outcome is decided; a statement that does not close changes nothing.
        }
    }
}
