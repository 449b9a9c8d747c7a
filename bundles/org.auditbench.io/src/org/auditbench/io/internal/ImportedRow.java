package org.auditbench.io.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One valid institution row: its values by column and its mail domains (ASCII) with the line each came from. */
public final class ImportedRow {

    private final int line;
    private final Map<Column, String> values = new EnumMap<>(Column.class);
    private final Map<String, Integer> domains = new LinkedHashMap<>();

    ImportedRow(int line) {
        this.line = line;
    }

    public int line() {
        return line;
    }

    public String value(Column column) {
        return values.getOrDefault(column, "");
    }

    void set(Column column, String value) {
        values.put(column, value);
    }

    public Map<String, Integer> domains() {
        return domains;
    }

    /** Same institution: the same name in the same city, ignoring case. */
    public String identity() {
        return RegisterKey.of(value(Column.NAME), value(Column.CITY));
    }

    /**
     * Takes over what a later row of the same institution adds: its domains and values this row lacks.
     *
     * @return the values of the later row that differ from this row's, which this row keeps
     */
    Map<Column, String> absorb(ImportedRow later) {
        later.domains.forEach(domains::putIfAbsent);
        Map<Column, String> conflicts = new EnumMap<>(Column.class);
        later.values.forEach((column, value) -> {
            if (value(column).isEmpty()) {
                values.put(column, value);
            } else if (!value.isEmpty() && !value.equals(value(column))) {
                conflicts.put(column, value);
            }
        });
        return conflicts;
    }
}
