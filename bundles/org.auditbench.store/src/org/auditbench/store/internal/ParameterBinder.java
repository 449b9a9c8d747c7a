package org.auditbench.store.internal;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Sets the values of a transaction's statements from the model's Java types (texts, numbers, flags,
 * dates, EMF enumerators, bytes); a null is set with the parameter's SQL type, asked once per statement.
 */
final class ParameterBinder {

    private final Map<PreparedStatement, ParameterMetaData> parameterTypes = new HashMap<>();

    void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, parameterTypes(statement).getParameterType(index));
            } else if (value instanceof String s) {
                statement.setString(index, s);
            } else if (value instanceof Long l) {
                statement.setLong(index, l);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else if (value instanceof Boolean b) {
                statement.setBoolean(index, b);
            } else if (value instanceof Date d) {
                statement.setTimestamp(index, new Timestamp(d.getTime()));
            } else if (value instanceof Enumerator e) {
                statement.setString(index, e.getName());
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else {
                throw new IllegalArgumentException("cannot store a " + value.getClass().getName());
            }
        }
    }

    private ParameterMetaData parameterTypes(PreparedStatement statement) throws SQLException {
        ParameterMetaData types = parameterTypes.get(statement);
        if (types == null) {
            types = statement.getParameterMetaData();
            parameterTypes.put(statement, types);
        }
        return types;
    }
}
