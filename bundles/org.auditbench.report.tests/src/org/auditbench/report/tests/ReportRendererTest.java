package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;
import org.auditbench.report.ReportScope;
import org.junit.Test;

/** The BIRT engine inside OSGi: a contributed design rendered to a real PDF, read back with poppler. */
public class ReportRendererTest {

    private static final String ID = "org.auditbench.report.tests.greeting";
    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    public void catalogReadsTheContributedReport() {
        ReportDefinition report = ReportCatalog.find(ID).orElseThrow();
        assertEquals(ReportScope.INSTITUTION, report.scope());
        assertEquals(List.of("institution"), report.requiredParameters());
        assertTrue(report.formats().contains(ReportFormat.HTML));
    }

    @Test
    public void pdfHasTheGermanTextAndEmbedsTheShippedFont() throws Exception {
        byte[] pdf = render(ReportFormat.PDF, Map.of("institution", "Pfarrei St. Marien"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        Path file = Files.createTempFile("greeting", ".pdf");
        Files.write(file, pdf);
        String text = run("pdftotext", file.toString(), "-");
        assertThat(text, containsString("Prüfung zum Umgang mit der Sicherheitslücke"));
        assertThat(text, containsString("Sehr geehrte Damen und Herren der Pfarrei St. Marien"));
        String fonts = run("pdffonts", file.toString());
        assertThat(fonts, containsString("DejaVuSans"));
        for (String line : fonts.lines().skip(2).toList()) {
            assertThat("every font embedded: " + line, line, containsString(" yes "));
        }
    }

    @Test
    public void htmlIsRenderedToo() throws Exception {
        String html = new String(render(ReportFormat.HTML, Map.of("institution", "Schule X")), StandardCharsets.UTF_8);
        assertThat(html, containsString("Schule X"));
    }

    @Test
    public void missingParameterAndUnofferedFormatAreRefusedByName() {
        ReportException missing = assertThrows(ReportException.class, () -> render(ReportFormat.PDF, Map.of()));
        assertThat(missing.getMessage(), containsString("'institution'"));
        ReportException format = assertThrows(ReportException.class,
                () -> render(ReportFormat.DOCX, Map.of("institution", "x")));
        assertThat(format.getMessage(), containsString("docx"));
    }

    private byte[] render(ReportFormat format, Map<String, Object> parameters) throws ReportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportCatalog.find(ID).orElseThrow(), parameters, Map.of(), format, Locale.GERMANY, out);
        return out.toByteArray();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(command[0] + " failed: " + output, 0, process.waitFor());
        return output;
    }
}
