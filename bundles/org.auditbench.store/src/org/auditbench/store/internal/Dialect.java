package org.auditbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What differs between the database products once a connection is open. The schema scripts use portable
 * SQL with placeholders for the few types that differ ({@code ${text}}, {@code ${bytes}}). Where the
 * database lives (Derby's folder with its encryption and file backups, a PostgreSQL server's URL) is
 * the business of {@link DerbyDialect} and {@link PostgresDialect} themselves.
 */
public interface Dialect {

    /** How a connection attempt failed, as far as the user can do something about it. */
    enum Failure {
        WRONG_PASSWORD, IN_USE, OTHER
    }

    /** Derby's outer messages that only point to the real one further down the chain. */
    String SEE_NEXT = "see the next exception";

    /** Reads all of {@code table} (rows and indexes) and fails when any of it is damaged or missing. */
    void verify(Connection connection, String table) throws SQLException;

    /** Replaces the dialect placeholders of a schema script. */
    String expand(String sql);

    /**
     * Makes other clients of the same database wait until this transaction ends before they change the
     * schema (several workbenches may open a new server database at once).
     */
    void lockSchema(Connection connection) throws SQLException;

    Failure classify(SQLException e);

    /**
     * Whether the driver returns the generated id of every row of a JDBC batch (PostgreSQL's does; Derby's
     * returns only the last one).
     */
    boolean batchReturnsIds();

    /** What went wrong, from the whole chain of {@code e} (the causes, not only the outermost wrapper). */
    default String describe(SQLException e) {
        Set<String> messages = new LinkedHashSet<>();
        collect(e, messages, Collections.newSetFromMap(new IdentityHashMap<>()));
        return messages.isEmpty() ? String.valueOf(e.getMessage()) : String.join("; ", messages);
    }

    /** The messages of {@code t}, its next exceptions and causes, without pointers to them. */
    private static void collect(Throwable t, Set<String> messages, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        String message = t.getMessage();
        if (message != null && !message.contains(SEE_NEXT)) {
            messages.add(message.strip());
        }
        if (t instanceof SQLException s) {
            collect(s.getNextException(), messages, seen);
        }
        collect(t.getCause(), messages, seen);
    }

    /** Whether {@code e} or anything in its chain carries one of {@code states}. */
    static boolean hasState(SQLException e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (states.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
