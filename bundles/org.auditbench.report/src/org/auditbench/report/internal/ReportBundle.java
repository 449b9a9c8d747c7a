package org.auditbench.report.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the BIRT engine with the bundle. */
public final class ReportBundle implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // The engine starts lazily on the first report.
    }

    @Override
    public void stop(BundleContext context) {
        BirtEngine.shutdown();
    }
}
