package org.auditbench.cli.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.auditbench.cli.CliCommand;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The commands contributed to {@code org.auditbench.cli.commands}, by name. */
public final class CommandRegistry {

    static final String EXTENSION_POINT = "org.auditbench.cli.commands";

    private final Map<String, IConfigurationElement> byName;

    private CommandRegistry(Map<String, IConfigurationElement> byName) {
        this.byName = byName;
    }

    public static CommandRegistry fromExtensions() {
        Map<String, IConfigurationElement> byName = new TreeMap<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            byName.put(element.getAttribute("name"), element);
        }
        return new CommandRegistry(byName);
    }

    Iterable<String> names() {
        return byName.keySet();
    }

    Optional<CliCommand> find(String name) throws CoreException {
        IConfigurationElement element = byName.get(name);
        return element == null ? Optional.empty() : Optional.of((CliCommand) element.createExecutableExtension("class"));
    }
}
