package org.auditbench.ui.tests;

import org.auditbench.testing.ui.UiDriver;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/** Screenshots of one view with all its columns: the view maximized for the picture, then restored. */
final class Screenshots {

    private Screenshots() {
    }

    static void zoomed(UiDriver ui, IWorkbenchPage page, String viewId, String name) {
        ui.run(() -> page.toggleZoom(page.findViewReference(viewId)));
        try {
            ui.flush();
            ui.screenshot(name);
        } finally {
            ui.run(() -> page.toggleZoom(page.findViewReference(viewId)));
        }
    }

    /** The same for an editor: maximized for the picture, then restored. */
    static void zoomed(UiDriver ui, IWorkbenchPage page, IEditorPart editor, String name) {
        ui.run(() -> page.toggleZoom(page.getReference(editor)));
        try {
            ui.flush();
            ui.screenshot(name);
        } finally {
            ui.run(() -> page.toggleZoom(page.getReference(editor)));
        }
    }
}
