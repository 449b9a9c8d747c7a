package org.auditbench.io.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal XLSX workbook for tests (a valid package: content types and relationships for every
 * part): text in shared strings (every other text cell inline, to cover both), numbers as numbers, rows
 * with their row numbers. Also hand-made sheets and hostile ones. Files as spreadsheet programs save
 * them are in {@code calc/}.
 */
public final class XlsxFile {

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final String SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxFile() {
    }

    /** Each row is a list of cells; an Integer or Double cell becomes a number. Empty rows are skipped like Excel does. */
    public static void write(Path file, List<List<Object>> rows) throws IOException {
        List<String> shared = new ArrayList<>();
        StringBuilder sheet = new StringBuilder(SHEET_START);
        int textCells = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).isEmpty()) {
                continue;
            }
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                String reference = (char) ('A' + c) + String.valueOf(r + 1);
                if (value == null) {
                    continue;
                }
                if (value instanceof Number number) {
                    sheet.append("<c r=\"").append(reference).append("\"><v>").append(number).append("</v></c>");
                } else if (textCells++ % 2 == 0) {
                    shared.add(value.toString());
                    sheet.append("<c r=\"").append(reference).append("\" t=\"s\"><v>").append(shared.size() - 1).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(reference).append("\" t=\"inlineStr\"><is><t>").append(xml(value.toString()))
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append(SHEET_END);
        writePackage(file, out -> out.write(sheet.toString().getBytes(StandardCharsets.UTF_8)), sharedStrings(shared));
    }

    /** A workbook whose sheet holds {@code sheetData} (the rows as XML). */
    public static void writeSheet(Path file, String sheetData) throws IOException {
        String sheet = SHEET_START + sheetData + SHEET_END;
        writePackage(file, out -> out.write(sheet.getBytes(StandardCharsets.UTF_8)), sharedStrings(List.of()));
    }

    /**
     * A zip bomb: a header row, then a sheet that expands to {@code megabytes} MB of blanks, streamed
     * into the archive so that neither the test nor the file gets large (about 1 KB per MB).
     */
    public static void writeBomb(Path file, int megabytes) throws IOException {
        byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        writePackage(file, out -> {
            out.write((SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        }, sharedStrings(List.of()));
    }

    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static String sharedStrings(List<String> shared) {
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size() + "\">");
        for (String s : shared) {
            strings.append("<si><t xml:space=\"preserve\">").append(xml(s)).append("</t></si>");
        }
        strings.append("</sst>");
        return strings.toString();
    }

    private static void writePackage(Path file, PartWriter sheet, String strings) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/liste.xml\" ContentType=\"" + SPREADSHEETML + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + SPREADSHEETML + "sharedStrings+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Einrichtungen\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/liste.xml\"/>"
                    + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/liste.xml"));
            sheet.write(zip);
            zip.closeEntry();
            put(zip, "xl/sharedStrings.xml", strings);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
