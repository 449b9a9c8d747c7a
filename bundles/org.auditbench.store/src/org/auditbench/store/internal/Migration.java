package org.auditbench.store.internal;

import java.sql.SQLException;

/**
 * One step of the schema: the script {@code schema/V<version>__<name>.sql} and, where SQL cannot do
 * it, a Java step run after the script in the same transaction.
 */
public record Migration(int version, String name, String description, JavaStep javaStep) {

    /** Work a script cannot do, such as converting values with Java. */
    @FunctionalInterface
    public interface JavaStep {
        void run(Tx tx) throws SQLException;
    }

    public String script() {
        return "schema/V" + version + "__" + name + ".sql";
    }
}
