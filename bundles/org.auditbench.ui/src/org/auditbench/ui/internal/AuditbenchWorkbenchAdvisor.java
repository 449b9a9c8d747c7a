package org.auditbench.ui.internal;

import org.auditbench.ui.internal.institutions.RegisterRead;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class AuditbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Layout, open views and window size survive a restart, as auditors expect of an Eclipse application.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AuditbenchWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        // begun by the application already (where it is not, e.g. in another application's workbench, here)
        WorkbenchStore.startOpening(getWorkbenchConfigurer().getWorkbench().getDisplay());
        RegisterRead.beginEarly();
    }

    @Override
    public void postShutdown() {
        WorkbenchStore.close();
    }

    @Override
    public boolean preShutdown() {
        if (!AuditbenchUiPlugin.getDefault().getPreferenceStore().getBoolean(UiPreferences.CONFIRM_EXIT)) {
            return true;
        }
        Shell shell = getWorkbenchConfigurer().getWorkbench().getDisplay().getActiveShell();
        return MessageDialog.openQuestion(shell, Messages.Exit_title, Messages.Exit_question);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AuditPerspective.ID;
    }
}
