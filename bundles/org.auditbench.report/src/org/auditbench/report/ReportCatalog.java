package org.auditbench.report;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The reports contributed through the extension point {@code org.auditbench.report.reports}, in contribution order. */
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
        String contributor = element.getContributor().getName();
        Bundle bundle = Platform.getBundle(contributor);
        String designPath = element.getAttribute("design");
        URL design = bundle.getEntry(designPath);
        if (design == null) {
            throw new IllegalStateException(contributor + ": report design '" + designPath + "' not found");
        }
        Set<ReportScope> scopes = list(element.getAttribute("scope"), "campaign", ReportScope::of, EnumSet.noneOf(ReportScope.class));
        // in the order declared: the first is the one the Run Report dialog proposes
        Set<ReportFormat> formats = list(element.getAttribute("formats"), "pdf", ReportFormat::of, new LinkedHashSet<>());
        List<ReportParameter> parameters = new ArrayList<>();
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            String type = parameter.getAttribute("type");
            parameters.add(new ReportParameter(parameter.getAttribute("name"), ReportParameter.Type.of(type == null ? "text" : type),
                    Boolean.parseBoolean(parameter.getAttribute("required"))));
        }
        Optional<Supplier<ReportData>> data = element.getAttribute("data") == null ? Optional.empty()
                : Optional.of(() -> create(element));
        return new ReportDefinition(element.getAttribute("id"), element.getAttribute("name"), scopes, design, formats,
                List.copyOf(parameters), Boolean.parseBoolean(element.getAttribute("comparesRuns")), data);
    }

    /** A comma-separated attribute as a set, {@code fallback} when it is absent. */
    private static <E extends Enum<E>> Set<E> list(String attribute, String fallback, Function<String, E> parse, Set<E> into) {
        Arrays.stream((attribute == null ? fallback : attribute).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(parse).forEach(into::add);
        return into;
    }

    private static ReportData create(IConfigurationElement element) {
        try {
            return (ReportData) element.createExecutableExtension("data");
        } catch (CoreException e) {
            throw new IllegalStateException(element.getContributor().getName() + ": report '" + element.getAttribute("id")
                    + "': its data class cannot be made: " + e.getMessage(), e);
        }
    }
}
