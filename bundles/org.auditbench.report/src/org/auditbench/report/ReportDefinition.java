package org.auditbench.report;

import java.net.URL;
import java.util.List;
import java.util.Set;

/** One report contributed to {@code org.auditbench.report.reports}. */
public record ReportDefinition(String id, String name, ReportScope scope, URL design, Set<ReportFormat> formats,
        List<String> requiredParameters) {
}
