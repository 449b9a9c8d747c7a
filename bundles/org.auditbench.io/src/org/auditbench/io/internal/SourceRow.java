package org.auditbench.io.internal;

import java.util.List;

/** One row of an imported table: its line (or spreadsheet row) number and its cells as text. */
public record SourceRow(int line, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
