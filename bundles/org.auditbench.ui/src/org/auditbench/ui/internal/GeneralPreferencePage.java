package org.auditbench.ui.internal;

import org.auditbench.ui.internal.preferences.DataFolderField;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Window > Preferences > Auditbench: closing, and the data folder shown with a button to open it. */
public final class GeneralPreferencePage extends AuditbenchPreferencePage {

    public GeneralPreferencePage() {
        super(Messages.Preferences_description);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new BooleanFieldEditor(UiPreferences.CONFIRM_EXIT, Messages.Preferences_confirmExit, parent));
        // its own grid: the field editors reset the columns of theirs
        Composite folder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).applyTo(folder);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folder);
        DataFolderField.create(folder, 2, WorkbenchStore.dataDirectory());
    }
}
