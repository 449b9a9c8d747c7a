package org.auditbench.report;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The reports contributed through the extension point {@code org.auditbench.report.reports}. */
public final class ReportCatalog {

    public static final String EXTENSION_POINT = "org.auditbench.report.reports";

    private ReportCatalog() {
    }

    public static List<ReportDefinition> all() {
        List<ReportDefinition> reports = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            reports.add(read(element));
        }
        return reports;
    }

    public static Optional<ReportDefinition> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static ReportDefinition read(IConfigurationElement element) {
        Bundle bundle = Platform.getBundle(element.getContributor().getName());
        String designPath = element.getAttribute("design");
        URL design = bundle.getEntry(designPath);
        if (design == null) {
            throw new IllegalStateException(element.getContributor().getName() + ": report design '" + designPath + "' not found");
        }
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        String formatList = element.getAttribute("formats");
        Arrays.stream((formatList == null ? "pdf" : formatList).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(ReportFormat::of).forEach(formats::add);
        List<String> required = new ArrayList<>();
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            if (Boolean.parseBoolean(parameter.getAttribute("required"))) {
                required.add(parameter.getAttribute("name"));
            }
        }
        return new ReportDefinition(element.getAttribute("id"), element.getAttribute("name"),
                ReportScope.of(element.getAttribute("scope")), design, formats, List.copyOf(required));
    }
}
