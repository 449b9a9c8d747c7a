package org.auditbench.io.internal;

/**
 * CSV injection (OWASP): a spreadsheet program evaluates a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, e.g. {@code =HYPERLINK(...)}. The export
 * neutralises such cells with a leading apostrophe, and the import takes it off again, so that an
 * export still imports back unchanged.
 */
public final class SpreadsheetFormulas {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetFormulas() {
    }

    /** The value as a cell that no spreadsheet evaluates. */
    public static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value a {@link #neutralised} cell stood for. */
    static String restored(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
