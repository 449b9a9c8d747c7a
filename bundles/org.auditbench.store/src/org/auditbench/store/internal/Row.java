package org.auditbench.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.function.Function;

/** Typed reading of the current result row; SQL NULL becomes null, 0 or false like an unset EMF attribute. */
public final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    public String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    public long number(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    public int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    public boolean flag(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    public Date date(String column) throws SQLException {
        Timestamp value = resultSet.getTimestamp(column);
        return value == null ? null : new Date(value.getTime());
    }

    public byte[] bytes(String column) throws SQLException {
        return resultSet.getBytes(column);
    }

    /** An enum stored by its literal name; a missing value reads as {@code fallback}. */
    public <E> E literal(String column, Function<String, E> byName, E fallback) throws SQLException {
        String name = resultSet.getString(column);
        E value = name == null ? null : byName.apply(name);
        return value == null ? fallback : value;
    }
}
