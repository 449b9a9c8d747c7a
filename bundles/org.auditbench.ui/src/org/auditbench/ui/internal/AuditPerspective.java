package org.auditbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The auditor's perspective: editors in the middle, properties and progress below. */
public final class AuditPerspective implements IPerspectiveFactory {

    public static final String ID = "org.auditbench.ui.perspective.audit";
    public static final String FOLDER_LEFT = "left";
    public static final String FOLDER_BOTTOM = "bottom";
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        // Feature bundles put their navigators into the left folder via org.eclipse.ui.perspectiveExtensions.
        layout.createPlaceholderFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.28f, editors);
        IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
    }
}
