package org.auditbench.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.report.internal.ReportTexts;

/**
 * Runs a contributed report on what a request names: checks that the report offers the scope and the
 * format, loads the campaign, case, institution or scan runs from the session's store, lets the report's
 * {@link ReportData} collect the figures and renders the design. The command line and the workbench run
 * every report through this class; the store is only read.
 */
public final class ReportRunner {

    private final WorkflowSession session;
    private final ReportRenderer renderer = new ReportRenderer();

    public ReportRunner(WorkflowSession session) {
        this.session = session;
    }

    /**
     * @throws BadInputException when the report does not offer the scope or the format, or an id names nothing
     * @throws ReportException when BIRT cannot render the design
     */
    public void run(ReportDefinition report, ReportRequest request, ReportFormat format, OutputStream out)
            throws BadInputException, ReportException {
        check(report, request, format);
        ReportInput input = resolve(request);
        Map<String, Object> parameters = parameters(report, input);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(ReportTexts.CONTEXT_KEY, ReportTexts.labels(request.locale()));
        if (report.data().isPresent()) {
            context.putAll(report.data().get().get().collect(input));
        }
        renderer.render(report, parameters, context, format, ReportTexts.printing(request.locale()), out);
    }

    /** Refuses a scope or format the report does not declare, saying what it offers. */
    public static void check(ReportDefinition report, ReportRequest request, ReportFormat format) throws BadInputException {
        if (!report.scopes().contains(request.scope())) {
            throw new BadInputException("report '" + report.id() + "' runs on " + report.scopes().stream()
                    .map(ReportScope::attribute).collect(Collectors.joining(" or ")) + ", not on " + request.describe());
        }
        if (!report.formats().contains(format)) {
            throw new BadInputException("report '" + report.id() + "' is offered as " + report.formats().stream()
                    .map(ReportFormat::birtName).collect(Collectors.joining(", ")) + ", not as " + format.birtName());
        }
    }

    private ReportInput resolve(ReportRequest request) throws BadInputException {
        Optional<Campaign> campaign = Optional.empty();
        Optional<AuditCase> auditCase = Optional.empty();
        Optional<Institution> institution = Optional.empty();
        List<ScanRun> runs = new ArrayList<>();
        switch (request.scope()) {
            case CAMPAIGN -> campaign = Optional.of(session.campaign(request.id()));
            case CASE -> {
                campaign = Optional.of(session.campaign(request.id()));
                auditCase = Optional.of(session.caseOf(campaign.get(), request.institutionId()));
                institution = Optional.of(auditCase.get().getInstitution());
            }
            case INSTITUTION -> institution = Optional.of(session.store().institutions().load(request.id())
                    .orElseThrow(() -> new BadInputException("there is no institution " + request.id())));
            case SCAN_RUN -> {
                ScanRun run = scanRun(request.id());
                runs.add(run);
                if (run.getCampaign() != null) {
                    campaign = Optional.of(session.campaign(run.getCampaign().getId()));
                }
            }
        }
        if (!request.runIds().isEmpty()) {
            runs.clear();
            for (long id : request.runIds()) {
                runs.add(scanRun(id));
            }
        }
        LocalDate date = request.date().orElse(session.steps().today());
        return new ReportInput(session, request.scope(), campaign, auditCase, institution, List.copyOf(runs), date,
                request.locale(), request);
    }

    private ScanRun scanRun(long id) throws BadInputException {
        return session.store().scanRuns().load(id).orElseThrow(() -> new BadInputException("there is no scan run " + id));
    }

    /** The declared parameters as BIRT report parameters: ids as integers, a case as "campaign:institution". */
    private static Map<String, Object> parameters(ReportDefinition report, ReportInput input) throws BadInputException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ReportParameter parameter : report.parameters()) {
            Optional<Object> value = switch (parameter.type()) {
                case CAMPAIGN -> input.campaign().map(c -> (Object) Math.toIntExact(c.getId()));
                case CASE -> input.auditCase().map(c -> (Object) (c.getCampaign().getId() + ":" + c.getInstitution().getId()));
                case INSTITUTION -> input.institution().map(i -> (Object) Math.toIntExact(i.getId()));
                case SCAN_RUN -> input.runs().stream().findFirst().map(r -> (Object) Math.toIntExact(r.getId()));
                case DATE -> Optional.of(java.sql.Date.valueOf(input.date()));
                case TEXT -> input.text(parameter.name()).map(t -> (Object) t);
            };
            if (value.isPresent()) {
                values.put(parameter.name(), value.get());
            } else if (parameter.required()) {
                throw new BadInputException("report '" + report.id() + "' needs the parameter '" + parameter.name() + "' ("
                        + parameter.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "), which "
                        + input.request().describe() + " does not give");
            }
        }
        return values;
    }
}
