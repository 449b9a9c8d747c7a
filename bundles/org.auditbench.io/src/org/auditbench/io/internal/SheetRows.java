package org.auditbench.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.eclipse.osgi.util.NLS;

/**
 * The rows of a worksheet as POI's streaming parser hands them over, each with its spreadsheet row
 * number. Bounded against hostile sheets: cell references by Excel's own limits (column XFD, row
 * 1,048,576), the sheet by the number of cells it would take in memory.
 */
final class SheetRows implements SheetContentsHandler {

    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;
    /** The most cells a sheet may take in memory, counting the empty ones before each cell of a row. */
    static final int MAX_CELLS = 10_000_000;

    private final String sheetName;
    private final List<SourceRow> rows = new ArrayList<>();
    private List<String> cells;
    private int cellsTaken;

    SheetRows(String sheetName) {
        this.sheetName = sheetName;
    }

    List<SourceRow> rows() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        if (rowNum < 0 || rowNum >= MAX_ROWS) {
            throw new XlsxException(NLS.bind(Messages.problemRowNumber, sheetName, Integer.toString(rowNum + 1)));
        }
        cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
        rows.add(new SourceRow(rowNum + 1, cells));
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : columnOf(cellReference);
        take(column + 1 - cells.size());
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(formattedValue);
    }

    /** The zero-based column of a cell reference such as "AB12", within Excel's limits. */
    private int columnOf(String reference) {
        int letters = 0;
        int column = 0;
        while (letters < reference.length() && letters < 4 && isLetter(reference.charAt(letters))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(letters)) - 'A' + 1);
            letters++;
        }
        String row = reference.substring(letters);
        if (letters == 0 || column > MAX_COLUMNS || !row.matches("[0-9]{1,7}") || Integer.parseInt(row) < 1
                || Integer.parseInt(row) > MAX_ROWS) {
            throw new XlsxException(NLS.bind(Messages.problemCellReference, sheetName, reference));
        }
        return column - 1;
    }

    /** Counts the cells a row takes in memory, so that no sheet takes more than {@link #MAX_CELLS}. */
    private void take(int count) {
        cellsTaken += Math.max(1, count);
        if (cellsTaken > MAX_CELLS) {
            throw new XlsxException(NLS.bind(Messages.problemTooManyCells, sheetName, String.format("%,d", MAX_CELLS)));
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
