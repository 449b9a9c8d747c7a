package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.core.Dates;

/**
 * The rows a scripted data set reads: maps from column to value, typed as the design declares them
 * (text as String, counts as Integer, days as java.util.Date), so spreadsheets get real numbers and dates.
 */
final class Rows {

    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** Starts a row; fill it with {@link Row#put}. */
    Row add() {
        Map<String, Object> row = new LinkedHashMap<>();
        rows.add(row);
        return new Row(row);
    }

    /** A label-and-count row. */
    Rows count(String label, int count) {
        add().put("label", label).put("count", count);
        return this;
    }

    List<Map<String, Object>> list() {
        return List.copyOf(rows);
    }

    /** One row being filled. */
    record Row(Map<String, Object> values) {

        Row put(String column, Object value) {
            values.put(column, value);
            return this;
        }

        Row day(String column, Optional<LocalDate> day) {
            values.put(column, day.map(Rows::date).orElse(null));
            return this;
        }
    }

    static Date date(LocalDate day) {
        return Dates.of(day);
    }
}
