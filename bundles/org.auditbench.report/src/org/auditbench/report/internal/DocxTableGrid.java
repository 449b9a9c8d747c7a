package org.auditbench.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Repairs the table grids of a DOCX written by BIRT's emitter: it writes a column's width as
 * {@code <w:gridCol w:val="467"/>}, but OOXML names it {@code w:w}. Word falls back to the cells' widths;
 * LibreOffice ignores the grid and splits the table evenly, so a numbered item came out as two half-width
 * columns. The document parts are rewritten with the attribute OOXML defines; everything else is copied.
 */
public final class DocxTableGrid {

    private static final String WRONG = "<w:gridCol w:val=\"";
    private static final String RIGHT = "<w:gridCol w:w=\"";

    private DocxTableGrid() {
    }

    public static void repair(byte[] docx, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(WRONG, RIGHT).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            zip.finish();
        }
    }
}
