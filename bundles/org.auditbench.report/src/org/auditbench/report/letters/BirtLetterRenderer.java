package org.auditbench.report.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.auditbench.core.letters.LetterOrder;
import org.auditbench.core.letters.LetterRenderer;
import org.auditbench.model.LetterKind;
import org.auditbench.report.LetterData;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;

/**
 * Renders letters with the built-in letter design: the request letter ({@value #REQUEST}) or the reminder
 * ({@value #REMINDER}), in German, as PDF or DOCX.
 */
final class BirtLetterRenderer implements LetterRenderer {

    static final String REQUEST = "request-letter";
    static final String REMINDER = "reminder-letter";

    private final LetterComposer composer;
    private final ReportFormat format;
    private final ReportRenderer renderer = new ReportRenderer();

    BirtLetterRenderer(LetterComposer composer, ReportFormat format) {
        this.composer = composer;
        this.format = format;
    }

    @Override
    public String extension() {
        return format.birtName();
    }

    @Override
    public void render(LetterOrder order, Path file) throws IOException {
        render(order, format, file);
    }

    /** Renders the letter in another format than the renderer's own (the PDF for printing beside a DOCX). */
    void render(LetterOrder order, ReportFormat as, Path file) throws IOException {
        String institution = order.institution().getName();
        LetterData letter;
        try {
            letter = composer.compose(order);
        } catch (IllegalArgumentException e) {
            throw new IOException("letter to " + institution + ": " + e.getMessage(), e);
        }
        String id = order.kind() == LetterKind.REMINDER ? REMINDER : REQUEST;
        ReportDefinition design = ReportCatalog.find(id)
                .orElseThrow(() -> new IOException("the letter design '" + id + "' is not installed"));
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.render(design, Map.of(), letter.appContext(), as, Locale.GERMANY, out);
        } catch (ReportException e) {
            throw new IOException("letter to " + institution + ": " + e.getMessage(), e);
        }
    }
}
