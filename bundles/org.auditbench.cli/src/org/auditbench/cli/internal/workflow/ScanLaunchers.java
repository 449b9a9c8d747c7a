package org.auditbench.cli.internal.workflow;

import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.core.scan.ScanLauncher;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Finds the scan engine: a bundle offers it as an OSGi service of type {@link ScanLauncher}. Without one
 * the follow-up scan says so instead of pretending to scan.
 */
final class ScanLaunchers {

    private ScanLaunchers() {
    }

    /** A launcher that delegates to the service when asked to scan, or fails then with a clear message. */
    static ScanLauncher installed() {
        return (institutions, monitor) -> {
            BundleContext context = FrameworkUtil.getBundle(ScanLaunchers.class).getBundleContext();
            ServiceReference<ScanLauncher> reference = context == null ? null : context.getServiceReference(ScanLauncher.class);
            if (reference == null) {
                throw new ScanEngineUnavailableException("the scan engine is not available in this installation"
                        + " (no bundle offers an org.auditbench.core.scan.ScanLauncher service); nothing was scanned");
            }
            try {
                return context.getService(reference).scan(institutions, monitor);
            } finally {
                context.ungetService(reference);
            }
        };
    }
}
