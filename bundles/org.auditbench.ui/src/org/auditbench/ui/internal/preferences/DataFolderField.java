package org.auditbench.ui.internal.preferences;

import java.nio.file.Path;

import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The data folder, shown read-only (it is chosen when the workbench starts), with a button that opens it in the file manager. */
public final class DataFolderField {

    private DataFolderField() {
    }

    /** Fills one row of a grid of {@code columns} columns (at least 2) and a label row above it. */
    public static void create(Composite form, int columns, Path folder) {
        Label label = new Label(form, SWT.NONE);
        label.setText(Messages.DataFolder_label);
        GridDataFactory.fillDefaults().span(columns, 1).applyTo(label);
        Text shown = WidgetIds.set(new Text(form, SWT.BORDER | SWT.READ_ONLY), "preferences.dataFolder");
        shown.setText(folder.toString());
        GridDataFactory.fillDefaults().span(columns - 1, 1).grab(true, false).applyTo(shown);
        Button open = WidgetIds.set(new Button(form, SWT.PUSH), "preferences.dataFolder.open");
        open.setText(Messages.DataFolder_open);
        open.addListener(SWT.Selection, e -> {
            if (!Program.launch(folder.toString())) {
                MessageDialog.openError(form.getShell(), Messages.DataFolder_open, NLS.bind(Messages.DataFolder_openFailed, folder));
            }
        });
    }
}
