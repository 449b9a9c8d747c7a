package org.auditbench.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Auditbench. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneralPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AuditbenchUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new BooleanFieldEditor(UiPreferences.CONFIRM_EXIT, Messages.Preferences_confirmExit, parent));
        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.Preferences_dataDirectory);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text dir = new Text(parent, SWT.BORDER | SWT.READ_ONLY);
        dir.setText(DataDirectory.describe());
        dir.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }
}
