package org.auditbench.ui.internal;

import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.campaigns.DeadlinesView;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The auditor's perspective: institutions on the left, editors top right, the selected institution's mail servers, the deadlines and the properties below. */
public final class AuditPerspective implements IPerspectiveFactory {

    public static final String ID = "org.auditbench.ui.perspective.audit";
    public static final String FOLDER_LEFT = "left";
    public static final String FOLDER_BOTTOM = "bottom";
    public static final String FOLDER_PROPERTIES = "properties";
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.36f, editors);
        left.addView(InstitutionsView.ID);
        left.addView(CampaignsView.ID);
        layout.addShowViewShortcut(InstitutionsView.ID);
        layout.addShowViewShortcut(CampaignsView.ID);
        IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.35f, editors);
        bottom.addView(ScanResultsView.ID);
        bottom.addView(DeadlinesView.ID);
        bottom.addView(PROGRESS_VIEW_ID);
        IFolderLayout right = layout.createFolder(FOLDER_PROPERTIES, IPageLayout.RIGHT, 0.6f, FOLDER_BOTTOM);
        right.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ScanResultsView.ID);
        layout.addShowViewShortcut(DeadlinesView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
    }
}
