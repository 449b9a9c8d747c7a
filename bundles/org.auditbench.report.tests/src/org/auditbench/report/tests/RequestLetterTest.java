package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.auditbench.report.LetterData;
import org.auditbench.report.LetterData.Field;
import org.auditbench.report.LetterData.ResultRow;
import org.auditbench.report.LetterData.Section;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;
import org.junit.Test;

/** The built-in request letter, filled like the founding letter, rendered to PDF and read back. */
public class RequestLetterTest {

    static LetterData foundingLetter() {
        return new LetterData()
                .set(Field.title, "Aufforderung zur Stellungnahme – Pfarrei St. Marien (Az. 2021-EX-017)")
                .set(Field.senderLine, "Kath. Datenschutzzentrum | Brackeler Hellweg 144 | 44309 Dortmund")
                .set(Field.recipient, "Pfarrei St. Marien\nKirchplatz 1\n12345 Musterstadt")
                .set(Field.contact, "Tel.: 0231/138 985-0\nFax: 0231/138 985-22")
                .set(Field.fileNumberLine, "Aktenzeichen: 2021-EX-017")
                .set(Field.placeAndDate, "Dortmund, 26. April 2021")
                .set(Field.subject, "Prüfung zum Umgang mit der Sicherheitslücke Microsoft Exchange Server SSRF Vulnerability (CVE-2021-26855, „Hafnium“)")
                .set(Field.legalBasis, "Aufforderung zur Stellungnahme gem. § 5 Abs. 1 KDS-VwVfG")
                .set(Field.salutation, "Sehr geehrte Damen und Herren,")
                .set(Field.resultLabel, "Ergebnis des nmap-Scriptes:")
                .paragraph(Section.BEFORE_RESULTS, "Ihre Einrichtung wurde als Teil der Stichprobe ausgewählt.")
                .item(Section.BEFORE_RESULTS, "1.", "Schließen der Sicherheitslücke durch Installieren der verfügbaren Sicherheits-Patches¹")
                .item(Section.BEFORE_RESULTS, "2.", "Überprüfen, ob die Sicherheitslücke durch Angreifer genutzt wurde.")
                .item(Section.BEFORE_RESULTS, "3.", "Kontinuierliches Überwachen der ein- und ausgehenden Datenströme.")
                .paragraph(Section.BEFORE_RESULTS, "Im Rahmen unserer Prüfung haben wir die öffentlich verfügbaren Informationen zu Ihrem Mailserver ausgewertet:")
                .result(new ResultRow("st-marien-musterstadt.example", "st-marien-musterstadt-example01i.mail.protection.outlook.com",
                        "192.0.2.25", "Microsoft Corporation (AS8075)", "i.O.", "none", "25", "MS365", "22.04.2021"))
                .result(new ResultRow("st-marien-musterstadt.example", "mx2.st-marien-musterstadt.example",
                        "198.51.100.7", "Beispiel-Provider GmbH (AS64500)", "verwundbar", "443", "25, 587", "eigener Exchange-Server", "22.04.2021"))
                .paragraph(Section.AFTER_RESULTS, "Wir bitten um Übersendung Ihrer Stellungnahmen bis zum 31. Mai 2021.")
                .set(Field.signature, "Mit freundlichen Grüßen\nIm Auftrag")
                .set(Field.signer, "Dr. Erika Mustermann")
                .note("¹", "https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers/");
    }

    /**
     * LibreOffice lays a table out by its grid ({@code w:gridCol w:w}); BIRT wrote the widths as {@code w:val},
     * so a numbered item came out as two half-width columns (number left, text squeezed into the right half).
     */
    @Test
    public void docxNumberedItemsGiveTheirTextTheLineWidth() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportCatalog.find("request-letter").orElseThrow(), Map.of(),
                foundingLetter().appContext(), ReportFormat.DOCX, Locale.GERMANY, out);
        Path keep = Path.of("target", "request-letter.docx");
        Files.write(keep, out.toByteArray());
        assertThat("the words around the page numbers in Word's footer", Outputs.docxFooter(out.toByteArray()),
                endsWith("Seite {PAGE} von {NUMPAGES}"));
        String document = Outputs.zipEntry(out.toByteArray(), "word/document.xml");
        int item = document.indexOf("Schließen der Sicherheitslücke");
        String table = document.substring(document.lastIndexOf("<w:tbl>", item), item);
        java.util.regex.Matcher columns = java.util.regex.Pattern.compile("<w:gridCol w:w=\"(\\d+)\"").matcher(table);
        java.util.List<Integer> widths = new java.util.ArrayList<>();
        while (columns.find()) {
            widths.add(Integer.valueOf(columns.group(1)));
        }
        assertEquals("number and text: " + widths, 2, widths.size());
        assertThat("the number column is narrow: " + widths, widths.get(0) * 8, lessThan(widths.get(1)));
    }

    /** Word's rules for the XML (BIRT wrote the page fields' fonts directly into the runs), and the footer as LibreOffice shows it. */
    @Test
    public void docxIsValidAndItsFooterReadsAsWordsInLibreOffice() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportCatalog.find("request-letter").orElseThrow(), Map.of(),
                foundingLetter().appContext(), ReportFormat.DOCX, Locale.GERMANY, out);
        DocxStructure.assertValid(out.toByteArray());
        Outputs.assertPageFooters(Outputs.libreOfficeText(out.toByteArray()), "Seite", "von");
    }

    @Test
    public void rendersTheFoundingLetterWithItsResultTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportCatalog.find("request-letter").orElseThrow(), Map.of(),
                foundingLetter().appContext(), ReportFormat.PDF, Locale.GERMANY, out);
        Path pdf = Files.createTempFile("request-letter", ".pdf");
        Files.write(pdf, out.toByteArray());
        Path keep = Path.of("target", "request-letter.pdf");
        Files.createDirectories(keep.getParent());
        Files.write(keep, out.toByteArray());
        String text = run("pdftotext", "-layout", pdf.toString(), "-").replaceAll("[ \t]+", " ");
        assertThat(text, containsString("Aktenzeichen: 2021-EX-017"));
        assertThat(text, containsString("CVE-2021-26855, „Hafnium“"));
        assertThat(text, containsString("Ihr E-Mail-Server: mx2.st-marien-musterstadt.example"));
        assertThat(text, containsString("Mit freundlichen Grüßen"));
        assertThat(text, containsString("Provider-Information: Microsoft Corporation (AS8075)"));
        assertThat(text, containsString("Ergebnis des nmap-Scriptes: verwundbar"));
        assertThat(text, containsString("Freigegebene TCP-Ports: 25, 587"));
        assertThat(text, containsString("bis zum 31. Mai 2021"));
        assertThat(text, containsString("Im Auftrag"));
        assertThat(text, containsString("Dr. Erika Mustermann"));
        assertThat(text, containsString("Patches¹"));
        assertThat(text, containsString("¹ https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers/"));
        assertThat(text, containsString("Seite 1 von"));
        assertEquals("Aufforderung zur Stellungnahme – Pfarrei St. Marien (Az. 2021-EX-017)",
                run("sh", "-c", "pdfinfo " + pdf + " | sed -n 's/^Title: *//p'").strip());
        assertThat("the DejaVu fonts are embedded", run("pdffonts", pdf.toString()), containsString("DejaVuSans"));
        // The two servers appear in the order given.
        assertThat(text.indexOf("192.0.2.25"), lessThan(text.indexOf("198.51.100.7")));
        int pages = Integer.parseInt(run("sh", "-c", "pdfinfo " + pdf + " | sed -n 's/^Pages: *//p'").strip());
        assertThat("a letter of one or two pages", pages, lessThan(3));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(command[0] + " failed: " + output, 0, process.waitFor());
        return output;
    }
}
