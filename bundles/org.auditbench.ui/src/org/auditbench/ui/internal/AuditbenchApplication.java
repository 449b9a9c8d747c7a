package org.auditbench.ui.internal;

import org.auditbench.ui.internal.institutions.RegisterRead;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Auditbench workbench. */
public final class AuditbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        // the database boots while the workbench reads its model and builds the window
        WorkbenchStore.startOpening(display);
        RegisterRead.beginEarly();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new AuditbenchWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
