package org.auditbench.store.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * What a test needs to run code of the bundles in a second JVM (another process on the same store):
 * the java command of this one and a plain class path taken from where the OSGi runtime found the
 * bundles.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The class path of the bundles of {@code anchors} plus the store (with its embedded Derby jars and the PostgreSQL driver), the model and EMF. */
    public static String classPath(Class<?>... anchors) throws IOException {
        Set<Bundle> bundles = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            bundles.add(FrameworkUtil.getBundle(anchor));
        }
        for (Class<?> anchor : new Class<?>[] { AuditStore.class, Institution.class, org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.common.util.URI.class, org.postgresql.Driver.class }) {
            bundles.add(FrameworkUtil.getBundle(anchor));
        }
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            for (String entry : classPathOf(bundle)) {
                File file = entry.equals(".") ? FileLocator.getBundleFileLocation(bundle).orElseThrow()
                        : new File(FileLocator.toFileURL(bundle.getEntry(entry)).getPath());
                entries.add(file.isDirectory() && new File(file, "target/classes").isDirectory()
                        ? new File(file, "target/classes").getPath() : file.getPath());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> classPathOf(Bundle bundle) {
        String header = bundle.getHeaders().get(Constants.BUNDLE_CLASSPATH);
        List<String> entries = new ArrayList<>();
        for (String entry : (header == null ? "." : header).split(",")) {
            entries.add(entry.strip());
        }
        return entries;
    }
}
