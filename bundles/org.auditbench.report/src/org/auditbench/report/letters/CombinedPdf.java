package org.auditbench.report.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;

/** Joins letters into one PDF for printing, each letter's pages in order, the letters in the order given. */
final class CombinedPdf {

    private CombinedPdf() {
    }

    static void write(List<Path> letters, String title, OutputStream out) throws IOException {
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.addTitle(title);
            document.open();
            for (Path letter : letters) {
                PdfReader reader = new PdfReader(Files.readAllBytes(letter));
                try {
                    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                        copy.addPage(copy.getImportedPage(reader, page));
                    }
                    copy.freeReader(reader);
                } finally {
                    reader.close();
                }
            }
        } catch (DocumentException e) {
            throw new IOException("the combined PDF cannot be written: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
