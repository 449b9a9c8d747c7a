package org.auditbench.ui.tests;

import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** Opens Window > Preferences on one page, as the menu would, and reads its fields by widget id. */
final class PreferencePages {

    private static final Point SIZE = new Point(1000, 860);

    private PreferencePages() {
    }

    /**
     * The Preferences dialog showing the page, once the widget named by {@code widgetId} is there. The
     * dialog opens at the size it was last closed at (its dialog settings): after a test on a smaller page
     * the fields of a bigger one were out of view, and real clicks on them missed. Here it always opens at
     * one size that shows every Auditbench page whole, whichever test came before.
     */
    static Shell open(UiDriver ui, String pageId, String widgetId) {
        ui.display().asyncExec(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), pageId, null, null);
            dialog.getShell().setSize(SIZE); // created (at the remembered size) already, not open yet
            dialog.open();
        });
        return ui.waitFor("the preferences page " + pageId, () -> {
            for (Shell shell : ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && ui.findNow(shell, Control.class, Widgets.withId(widgetId)).isPresent()) {
                    return shell;
                }
            }
            return null;
        });
    }

    static Text text(UiDriver ui, Shell dialog, String widgetId) {
        return ui.find(dialog, Text.class, Widgets.withId(widgetId), widgetId);
    }

    static String read(UiDriver ui, Shell dialog, String widgetId) {
        Text text = text(ui, dialog, widgetId);
        return ui.call(text::getText);
    }

    static void write(UiDriver ui, Shell dialog, String widgetId, String value) {
        Text text = text(ui, dialog, widgetId);
        ui.run(() -> text.setText(value));
    }
}
