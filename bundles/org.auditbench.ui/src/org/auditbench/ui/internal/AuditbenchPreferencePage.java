package org.auditbench.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** A preference page of field editors on the workbench bundle's preference store. */
public abstract class AuditbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    protected AuditbenchPreferencePage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AuditbenchUiPlugin.getDefault().getPreferenceStore());
    }
}
