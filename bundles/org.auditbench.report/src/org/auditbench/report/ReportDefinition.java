package org.auditbench.report;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One report contributed to {@code org.auditbench.report.reports}.
 *
 * @param scopes what the report may be run on (at least one)
 * @param comparesRuns whether it compares two scan runs of its campaign, which the user may choose (default: the last two)
 * @param data creates what fills the design from the store; empty for designs that read their
 *        parameters only (or, like letters, are filled by their own composer)
 */
public record ReportDefinition(String id, String name, Set<ReportScope> scopes, URL design, Set<ReportFormat> formats,
        List<ReportParameter> parameters, boolean comparesRuns, Optional<Supplier<ReportData>> data) {

    /** The names of the parameters that must be given. */
    public List<String> requiredParameters() {
        return parameters.stream().filter(ReportParameter::required).map(ReportParameter::name).toList();
    }
}
