package org.auditbench.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

/**
 * Reads the first worksheet of an XLSX workbook (a zip of XML parts, ECMA-376): shared strings,
 * inline strings, numbers, booleans. Enough for institution lists; formulas are read by their cached
 * value. Rows carry their spreadsheet row number.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /** @return the rows, or an empty list with a problem in {@code log} when the file is not a workbook */
    public static List<SourceRow> read(byte[] content, ImportLog log) {
        try {
            Map<String, byte[]> parts = unzip(content);
            byte[] sheet = parts.get(firstSheet(parts));
            if (sheet == null) {
                throw new IOException("no worksheet");
            }
            List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
                    : List.of();
            return rows(sheet, shared);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            log.problem(0, NLS.bind(Messages.problemNotXlsx, e.getMessage() == null ? e.toString() : e.getMessage()));
            return List.of();
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new IOException("xl/workbook.xml is missing");
        }
        return parts;
    }

    /** The part name of the workbook's first sheet, through the workbook's relationships. */
    private static String firstSheet(Map<String, byte[]> parts) throws XMLStreamException {
        String relationId = null;
        XMLStreamReader workbook = parser(parts.get("xl/workbook.xml"));
        while (workbook.hasNext() && relationId == null) {
            if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
                for (int i = 0; i < workbook.getAttributeCount(); i++) {
                    if (workbook.getAttributeLocalName(i).equals("id")) {
                        relationId = workbook.getAttributeValue(i);
                    }
                }
            }
        }
        byte[] relations = parts.get("xl/_rels/workbook.xml.rels");
        if (relationId == null || relations == null) {
            return "xl/worksheets/sheet1.xml";
        }
        XMLStreamReader rels = parser(relations);
        while (rels.hasNext()) {
            if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")
                    && relationId.equals(rels.getAttributeValue(null, "Id"))) {
                String target = rels.getAttributeValue(null, "Target");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        return "xl/worksheets/sheet1.xml";
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

    private static List<SourceRow> rows(byte[] sheet, List<String> shared) throws XMLStreamException {
        List<SourceRow> rows = new ArrayList<>();
        XMLStreamReader xml = parser(sheet);
        List<String> cells = null;
        int rowNumber = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c") && cells != null) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? cells.size() : columnOf(reference);
                String value = cellValue(xml, xml.getAttributeValue(null, "t"), shared);
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
    private static String cellValue(XMLStreamReader xml, String type, List<String> shared) throws XMLStreamException {
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
            case "n" -> number(value.strip());
            default -> value;
        };
    }

    /** Numbers as people typed them: 12345 rather than 12345.0. */
    private static String number(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The zero-based column of a cell reference such as "AB12". */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
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
        InputStream in = new ByteArrayInputStream(part);
        return factory.createXMLStreamReader(in);
    }
}
