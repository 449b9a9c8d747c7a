package org.auditbench.report.tests;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.auditbench.report.LetterData;
import org.auditbench.report.LetterData.Field;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The authority's letterhead image is printed at the top of the letter; without one the letter has no image. */
public class LetterheadLogoTest {

    /** A PNG of one red pixel. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theLogoIsPrintedWhenOneIsSet() throws Exception {
        Path logo = folder.getRoot().toPath().resolve("briefkopf.png");
        Files.write(logo, PNG);
        assertEquals(1, images(RequestLetterTest.foundingLetter().set(Field.logo, logo.toUri().toString())));
        assertEquals(0, images(RequestLetterTest.foundingLetter().set(Field.logo, "")));
    }

    /** How many images the rendered PDF shows (poppler's pdfimages). */
    private int images(LetterData letter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportCatalog.find("request-letter").orElseThrow(), Map.of(), letter.appContext(),
                ReportFormat.PDF, Locale.GERMANY, out);
        Path pdf = folder.newFile().toPath();
        Files.write(pdf, out.toByteArray());
        // the listing: two header lines, then one line per image or soft mask (a PNG's transparency): "page num type ..."
        return (int) Outputs.run("pdfimages", "-list", pdf.toString()).lines().skip(2).map(l -> l.strip().split("\\s+"))
                .filter(columns -> columns.length > 2 && columns[2].equals("image")).count();
    }
}
