package org.auditbench.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

/**
 * Reads the first worksheet of an XLSX workbook (a zip of XML parts, ECMA-376): shared strings,
 * inline strings, numbers (as their number format shows them where it matters, see
 * {@link XlsxStyles}), booleans. Enough for institution lists; formulas are read by their cached value.
 * Rows carry their spreadsheet row number. Bounded against hostile files: the archive by
 * {@link XlsxPackage}, cell references by Excel's own limits (column XFD, row 1,048,576) and the sheet
 * by the number of cells it would take in memory.
 */
public final class XlsxReader {

    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;
    /** The most cells a sheet may take in memory, counting the empty ones before each cell of a row. */
    static final int MAX_CELLS = 10_000_000;

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String STYLES = "xl/styles.xml";

    private final String sheetName;
    private final List<String> shared;
    private final XlsxStyles styles;
    private int cellsTaken;

    private XlsxReader(String sheetName, List<String> shared, XlsxStyles styles) {
        this.sheetName = sheetName;
        this.shared = shared;
        this.styles = styles;
    }

    /** @return the rows, or an empty list with a problem in {@code log} when the file is not a workbook */
    public static List<SourceRow> read(byte[] content, ImportLog log) {
        try {
            Map<String, byte[]> book = XlsxPackage.read(content, Set.of(WORKBOOK, RELATIONS));
            if (!book.containsKey(WORKBOOK)) {
                throw new IOException(WORKBOOK + " is missing");
            }
            String[] sheet = firstSheet(book);
            Map<String, byte[]> parts = XlsxPackage.read(content, Set.of(sheet[1], SHARED_STRINGS, STYLES));
            if (!parts.containsKey(sheet[1])) {
                throw new IOException("no worksheet");
            }
            List<String> shared = parts.containsKey(SHARED_STRINGS) ? sharedStrings(parts.get(SHARED_STRINGS)) : List.of();
            XlsxStyles styles = parts.containsKey(STYLES) ? XlsxStyles.read(parser(parts.get(STYLES))) : XlsxStyles.none();
            return new XlsxReader(sheet[0], shared, styles).rows(parts.get(sheet[1]));
        } catch (XlsxException e) {
            log.problem(0, e.getMessage());
            return List.of();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            log.problem(0, NLS.bind(Messages.problemNotXlsx, e.getMessage() == null ? e.toString() : e.getMessage()));
            return List.of();
        }
    }

    /** The name and the part name of the workbook's first sheet, through the workbook's relationships. */
    private static String[] firstSheet(Map<String, byte[]> parts) throws XMLStreamException {
        String relationId = null;
        String name = "";
        XMLStreamReader workbook = parser(parts.get(WORKBOOK));
        while (workbook.hasNext() && relationId == null) {
            if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
                String given = workbook.getAttributeValue(null, "name");
                name = given == null ? "" : given;
                for (int i = 0; i < workbook.getAttributeCount(); i++) {
                    if (workbook.getAttributeLocalName(i).equals("id")) {
                        relationId = workbook.getAttributeValue(i);
                    }
                }
            }
        }
        byte[] relations = parts.get(RELATIONS);
        if (relationId == null || relations == null) {
            return new String[] { name, "xl/worksheets/sheet1.xml" };
        }
        XMLStreamReader rels = parser(relations);
        while (rels.hasNext()) {
            if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")
                    && relationId.equals(rels.getAttributeValue(null, "Id"))) {
                String target = rels.getAttributeValue(null, "Target");
                return new String[] { name, target.startsWith("/") ? target.substring(1) : "xl/" + target };
            }
        }
        return new String[] { name, "xl/worksheets/sheet1.xml" };
    }

    private static List<String> sharedStrings(byte[] part) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = parser(part);
        StringBuilder current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                current = new StringBuilder();
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t") && current != null) {
                current.append(xml.getElementText());
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("rPh")) {
                skip(xml); // phonetic hints are not part of the text
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")) {
                strings.add(current.toString());
                current = null;
            }
        }
        return strings;
    }

    private List<SourceRow> rows(byte[] sheet) throws XMLStreamException, XlsxException {
        List<SourceRow> rows = new ArrayList<>();
        XMLStreamReader xml = parser(sheet);
        List<String> cells = null;
        int rowNumber = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : rowNumber(r);
                cells = new ArrayList<>();
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c") && cells != null) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? cells.size() : columnOf(reference);
                String value = cellValue(xml, xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                take(column + 1 - cells.size());
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                rows.add(new SourceRow(rowNumber, cells));
                cells = null;
            }
        }
        return rows;
    }

    /** Reads up to the end of the {@code c} element and returns its value as text. */
    private String cellValue(XMLStreamReader xml, String type, String style) throws XMLStreamException {
        StringBuilder inline = new StringBuilder();
        String value = null;
        while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c"))) {
            if (xml.isStartElement() && xml.getLocalName().equals("v")) {
                value = xml.getElementText();
            } else if (xml.isStartElement() && xml.getLocalName().equals("t")) {
                inline.append(xml.getElementText());
            }
        }
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if (value == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> shared.get(Integer.parseInt(value.strip()));
            case "b" -> "1".equals(value.strip()) ? "true" : "false";
            case "n" -> styles.text(style, value.strip());
            default -> value;
        };
    }

    /** The zero-based column of a cell reference such as "AB12", within Excel's limits. */
    private int columnOf(String reference) throws XlsxException {
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

    private int rowNumber(String r) throws XlsxException {
        if (!r.matches("[0-9]{1,7}") || Integer.parseInt(r) < 1 || Integer.parseInt(r) > MAX_ROWS) {
            throw new XlsxException(NLS.bind(Messages.problemRowNumber, sheetName, r));
        }
        return Integer.parseInt(r);
    }

    /** Counts the cells a row takes in memory, so that no sheet takes more than {@link #MAX_CELLS}. */
    private void take(int cells) throws XlsxException {
        cellsTaken += Math.max(1, cells);
        if (cellsTaken > MAX_CELLS) {
            throw new XlsxException(NLS.bind(Messages.problemTooManyCells, sheetName, String.format("%,d", MAX_CELLS)));
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLStreamReader parser(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Workbooks come from outside: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }
}
