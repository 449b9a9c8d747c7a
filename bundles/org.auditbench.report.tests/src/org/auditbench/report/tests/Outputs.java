package org.auditbench.report.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;

/**
 * Runs reports and reads them as a reader would: PDF text and fonts through poppler, the files inside a
 * DOCX, the text of HTML. Every output is kept under target/reports/ too, to be looked at.
 */
final class Outputs {

    private Outputs() {
    }

    /** The report's bytes; a copy goes to target/reports/{@code keepAs}. */
    static byte[] run(WorkflowSession session, String reportId, ReportRequest request, ReportFormat format, String keepAs)
            throws BadInputException, ReportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRunner(session).run(ReportCatalog.find(reportId).orElseThrow(), request, format, out);
        Path keep = Path.of("target", "reports", keepAs);
        Files.createDirectories(keep.getParent());
        Files.write(keep, out.toByteArray());
        return out.toByteArray();
    }

    /** pdftotext -layout, with runs of blanks (no-break spaces too, as the page footers join their words) made one. */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-layout", temp(pdf, ".pdf").toString(), "-").replaceAll("[ \t\u00a0]+", " ");
    }

    /** The text of a piece of HTML as a browser shows it: without tags, entities resolved, blanks folded. */
    static String htmlText(String html) {
        String text = html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        text = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replace("&amp;", "&").replaceAll("[\\s\u00a0]+", " ").strip();
    }

    static String pdfFonts(byte[] pdf) throws IOException, InterruptedException {
        return run("pdffonts", temp(pdf, ".pdf").toString());
    }

    /** The text of one part of an Office Open XML file (word/document.xml ...). */
    static String zipEntry(byte[] file, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing in the file");
    }

    /**
     * The page footer of a DOCX as Word shows it: the texts of its runs, a field as {PAGE} or {NUMPAGES},
     * a blank between table cells.
     */
    static String docxFooter(byte[] docx) throws IOException {
        return zipEntry(docx, "word/footer1.xml").replaceAll("<w:instrText[^>]*>([^<]*)</w:instrText>", "{$1}")
                .replace("</w:tc>", " ").replaceAll("<[^>]+>", "").replaceAll("[\\s\u00a0]+", " ").trim();
    }

    /**
     * The text of a DOCX as LibreOffice lays it out: converted to PDF by LibreOffice (its own profile in a
     * temporary folder, so a running instance does not matter), then read like {@link #pdfText}.
     */
    static String libreOfficeText(byte[] docx) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("libreoffice");
        Path file = folder.resolve("report.docx");
        Files.write(file, docx);
        run("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", folder.toString(), file.toString());
        return pdfText(Files.readAllBytes(folder.resolve("report.pdf")));
    }

    /**
     * Every page of {@code text} (pages 1 to n) carries "{@code page} k {@code of} n" with its blanks, and no page
     * number is glued to the word before it ("Seite4 von 5", as LibreOffice showed a footer of narrow cells).
     */
    static void assertPageFooters(String text, String page, String of) {
        assertFalse("a page number glued to '" + page + "': " + text, java.util.regex.Pattern.compile(page + "\\d").matcher(text).find());
        java.util.regex.Matcher footer = java.util.regex.Pattern.compile(page + " (\\d+) " + of + " (\\d+)").matcher(text);
        java.util.List<Integer> pages = new java.util.ArrayList<>();
        int total = 0;
        while (footer.find()) {
            pages.add(Integer.valueOf(footer.group(1)));
            total = Integer.parseInt(footer.group(2));
        }
        assertEquals("the footers of all pages: " + pages, java.util.stream.IntStream.rangeClosed(1, Math.max(total, 1)).boxed().toList(), pages);
    }

    private static Path temp(byte[] bytes, String suffix) throws IOException {
        Path file = Files.createTempFile("report", suffix);
        file.toFile().deleteOnExit();
        Files.write(file, bytes);
        return file;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(command[0] + " failed: " + output, 0, process.waitFor());
        return output;
    }
}
