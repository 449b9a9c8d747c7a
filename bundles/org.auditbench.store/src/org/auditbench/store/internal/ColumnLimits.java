package org.auditbench.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.auditbench.store.InputRefusedException;

/**
 * How many characters each text column holds, read from the database's own description of its schema,
 * so a text that does not fit is refused before anything is written, with the field named in words
 * ({@code campaign title: 312 characters, at most 300}), instead of failing with the database's
 * truncation error in the middle of a save. Also learnt from the same description: which tables carry
 * row versions ({@value #ROW_VERSION}).
 */
public final class ColumnLimits {

    /** Before the schema is known (while migrating): nothing is checked. */
    public static final ColumnLimits NONE = new ColumnLimits(Map.of(), Set.of());

    /** The column counting a row's saves (schema version 4). */
    public static final String ROW_VERSION = "row_version";

    private static final String CUT = " [cut: %,d characters in all]";

    private final Map<String, Integer> limits;
    private final Set<String> versioned;

    private ColumnLimits(Map<String, Integer> limits, Set<String> versioned) {
        this.limits = limits;
        this.versioned = versioned;
    }

    /** The limits of the text columns in the connection's schema. */
    public static ColumnLimits read(Connection connection) throws SQLException {
        Map<String, Integer> limits = new HashMap<>();
        Set<String> versioned = new HashSet<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet columns = metaData.getColumns(null, connection.getSchema(), null, null)) {
            while (columns.next()) {
                if (ROW_VERSION.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    versioned.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
                int type = columns.getInt("DATA_TYPE");
                if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB) {
                    limits.put(key(columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")), columns.getInt("COLUMN_SIZE"));
                }
            }
        }
        return new ColumnLimits(limits, versioned);
    }

    /** Whether the rows of {@code table} carry a version (and who changed them last, and when). */
    boolean versioned(String table) {
        return versioned.contains(table);
    }

    /** Refuses a value longer than its column. */
    void check(String table, String column, String value) {
        int limit = limit(table, column);
        if (value.length() > limit) {
            throw new InputRefusedException(String.format(Locale.ENGLISH, "%s %s: %,d characters, at most %,d",
                    table.replace('_', ' '), column.replace('_', ' '), value.length(), limit));
        }
    }

    /** The value, or its beginning with a mark saying how long it was when it does not fit its column. */
    String cut(String table, String column, String value) {
        int limit = limit(table, column);
        if (value == null || value.length() <= limit) {
            return value;
        }
        String mark = String.format(Locale.ENGLISH, CUT, value.length());
        int end = limit - mark.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never half a character
        }
        return value.substring(0, end) + mark;
    }

    private int limit(String table, String column) {
        return limits.getOrDefault(key(table, column), Integer.MAX_VALUE);
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }
}
