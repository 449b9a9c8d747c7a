package org.auditbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.auditbench.report.internal.BirtEngine;
import org.auditbench.report.internal.docx.DocxRepair;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/**
 * Renders report designs with the one BIRT engine of the application. Safe to call from several
 * threads; render many documents with one renderer rather than one engine per document.
 */
public final class ReportRenderer {

    /**
     * Renders a report.
     *
     * @param parameters the design's report parameters by name
     * @param appContext objects the design's scripted or POJO data sets read (by key)
     * @throws ReportException when BIRT cannot run or render the design; the message names the report
     */
    public void render(ReportDefinition report, Map<String, Object> parameters, Map<String, Object> appContext,
            ReportFormat format, Locale locale, OutputStream out) throws ReportException {
        if (!report.formats().contains(format)) {
            throw new ReportException("report '" + report.id() + "' is not offered as " + format.birtName());
        }
        for (String required : report.requiredParameters()) {
            if (parameters.get(required) == null) {
                throw new ReportException("report '" + report.id() + "' needs the parameter '" + required + "'");
            }
        }
        try (InputStream design = report.design().openStream()) {
            render(report.id(), design, parameters, appContext, format, locale, out);
        } catch (IOException e) {
            throw new ReportException("report '" + report.id() + "': cannot read its design: " + e.getMessage(), e);
        }
    }

    /** Renders a design read from a stream; {@code name} identifies it in error messages. */
    public void render(String name, InputStream design, Map<String, Object> parameters, Map<String, Object> appContext,
            ReportFormat format, Locale locale, OutputStream out) throws ReportException {
        IRunAndRenderTask task = null;
        try {
            IReportRunnable runnable = BirtEngine.get().openReportDesign(name, design);
            task = BirtEngine.get().createRunAndRenderTask(runnable);
            task.setLocale(locale);
            task.setParameterValues(parameters);
            task.getAppContext().putAll(appContext);
            ByteArrayOutputStream docx = format == ReportFormat.DOCX ? new ByteArrayOutputStream() : null;
            task.setRenderOption(renderOption(format, docx == null ? out : docx));
            task.run();
            if (!task.getErrors().isEmpty()) {
                throw new ReportException("report '" + name + "': " + task.getErrors().get(0));
            }
            if (docx != null) {
                DocxRepair.repair(docx.toByteArray(), out);
            }
        } catch (EngineException e) {
            throw new ReportException("report '" + name + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException("report '" + name + "': cannot write it: " + e.getMessage(), e);
        } finally {
            if (task != null) {
                task.close();
            }
        }
    }

    private static IRenderOption renderOption(ReportFormat format, OutputStream out) {
        RenderOption option = switch (format) {
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                pdf.setEmbededFont(true);
                yield pdf;
            }
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                yield html;
            }
            case DOCX, XLSX -> new RenderOption();
        };
        option.setOutputFormat(format.birtName());
        if (format.emitterId() != null) {
            option.setEmitterID(format.emitterId());
        }
        option.setOutputStream(out);
        return option;
    }
}
