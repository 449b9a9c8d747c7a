package org.auditbench.scan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.auditbench.scan.Check;
import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.ResolverFactory;
import org.auditbench.scan.TargetKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/** The checks and the resolver contributed to {@code org.auditbench.scan.checks}. */
public final class CheckRegistry {

    public static final String EXTENSION_POINT = "org.auditbench.scan.checks";

    private final List<CheckDescriptor> checks;
    private final ResolverFactory resolverFactory;

    private CheckRegistry(List<CheckDescriptor> checks, ResolverFactory resolverFactory) {
        this.checks = checks;
        this.resolverFactory = resolverFactory;
    }

    public static CheckRegistry fromExtensions() throws CoreException {
        List<CheckDescriptor> checks = new ArrayList<>();
        ResolverFactory resolver = null;
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("resolver".equals(element.getName())) {
                resolver = (ResolverFactory) element.createExecutableExtension("class");
            } else if ("check".equals(element.getName())) {
                checks.add(describe(element));
            }
        }
        if (resolver == null) {
            throw new CoreException(Status.error("no resolver is contributed to " + EXTENSION_POINT
                    + " (is the bundle org.auditbench.scan.dns installed?)"));
        }
        return new CheckRegistry(List.copyOf(checks), resolver);
    }

    private static CheckDescriptor describe(IConfigurationElement element) throws CoreException {
        String id = element.getAttribute("id");
        try {
            return new CheckDescriptor(id, element.getAttribute("name"), element.getAttribute("description"),
                    TargetKind.fromAttribute(element.getAttribute("target")), names(element.getAttribute("needs")),
                    names(element.getAttribute("produces")), !"false".equals(element.getAttribute("enabledByDefault")),
                    (Check) element.createExecutableExtension("class"));
        } catch (IllegalArgumentException e) {
            throw new CoreException(new Status(IStatus.ERROR, element.getContributor().getName(),
                    "check '" + id + "' of " + element.getContributor().getName() + ": " + e.getMessage(), e));
        }
    }

    static Set<String> names(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    public List<CheckDescriptor> checks() {
        return checks;
    }

    public ResolverFactory resolverFactory() {
        return resolverFactory;
    }
}
