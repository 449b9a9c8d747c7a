package org.auditbench.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI bundle's activator: preference store and image registry of the workbench shell. */
public final class AuditbenchUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.auditbench.ui";
    private static AuditbenchUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static AuditbenchUiPlugin getDefault() {
        return instance;
    }
}
