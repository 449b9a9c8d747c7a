package org.auditbench.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Window > Preferences > Auditbench. */
public final class GeneralPreferencePage extends AuditbenchPreferencePage {

    public GeneralPreferencePage() {
        super(Messages.Preferences_description);
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
