package org.auditbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Many new rows of one table written by embedded Derby in one statement, {@code INSERT INTO t (...)
 * SELECT * FROM TABLE (feed(handle))}, the rows coming from {@link DerbyRowFeed}. The table function is
 * declared with the table's own column types; its name carries a digest of them, so a migration that
 * changes a column gets a new function rather than a stale one. It is created inside the saving
 * transaction when missing, and goes with it when that rolls back.
 */
final class DerbyBulkInsert {

    /** Below this many rows a JDBC batch costs about as little and needs no function. */
    static final int LEAST_ROWS = 500;

    private DerbyBulkInsert() {
    }

    /**
     * Writes {@code rows} when the connection is embedded Derby and there are enough of them.
     *
     * @return whether they were written (otherwise nothing was)
     */
    static boolean insert(Connection connection, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.size() < LEAST_ROWS || !"Apache Derby".equals(connection.getMetaData().getDatabaseProductName())
                || !rows.stream().allMatch(DerbyBulkInsert::feedable)) {
            return false;
        }
        String function = function(connection, table, columns);
        int handle = DerbyRowFeed.offer(rows);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") SELECT * FROM TABLE (" + function + "(?)) AS new_rows")) {
            insert.setInt(1, handle);
            int written = insert.executeUpdate();
            if (written != rows.size()) {
                throw new SQLException(written + " rows of " + rows.size() + " were written into " + table);
            }
            return true;
        } finally {
            DerbyRowFeed.release(handle);
        }
    }

    private static boolean feedable(Object[] row) {
        for (Object value : row) {
            if (!(value == null || value instanceof String || value instanceof Long || value instanceof Integer
                    || value instanceof Boolean || value instanceof Date || value instanceof Enumerator)) {
                return false;
            }
        }
        return true;
    }

    /** The function's name, declaring it first when this database does not have it yet. */
    private static String function(Connection connection, String table, String columns) throws SQLException {
        String returns = returnedColumns(connection, table, columns);
        String name = ("ab_feed_" + table + "_" + Integer.toHexString(returns.hashCode())).toUpperCase(Locale.ROOT);
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM SYS.SYSALIASES WHERE ALIAS = ?")) {
            known.setString(1, name);
            try (ResultSet found = known.executeQuery()) {
                if (found.next()) {
                    return name;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE FUNCTION " + name + " (handle INTEGER) RETURNS TABLE (" + returns + ")"
                    + " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL"
                    + " EXTERNAL NAME '" + DerbyRowFeed.class.getName() + ".feed'");
        }
        return name;
    }

    /** {@code columns} with their types as the table declares them, e.g. {@code check_id VARCHAR(200), ...}. */
    private static String returnedColumns(Connection connection, String table, String columns) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            while (found.next()) {
                String type = found.getString("TYPE_NAME");
                types.put(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        type.equals("VARCHAR") ? "VARCHAR(" + found.getInt("COLUMN_SIZE") + ")" : type);
            }
        }
        List<String> declared = new ArrayList<>();
        for (String column : columns.split(",")) {
            String name = column.strip().toLowerCase(Locale.ROOT);
            if (!types.containsKey(name)) {
                throw new SQLException("the table " + table + " has no column " + name);
            }
            declared.add(name + " " + types.get(name));
        }
        return String.join(", ", declared);
    }
}
