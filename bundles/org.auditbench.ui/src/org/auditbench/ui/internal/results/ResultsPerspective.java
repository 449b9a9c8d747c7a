package org.auditbench.ui.internal.results;

import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Results: what the checks found and what changed. The campaigns and institutions to choose from on the
 * left, the Mail Servers view with the selected finding's evidence in the middle, the Delta view below,
 * Properties and Progress beside it; no editor area.
 */
public final class ResultsPerspective implements IPerspectiveFactory {

    public static final String ID = "org.auditbench.ui.perspective.results";
    private static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout left = layout.createFolder("results.left", IPageLayout.LEFT, 0.3f, editors);
        left.addView(CampaignsView.ID);
        left.addView(InstitutionsView.ID);
        IFolderLayout top = layout.createFolder("results.top", IPageLayout.TOP, 0.55f, editors);
        top.addView(ScanResultsView.ID);
        IFolderLayout bottom = layout.createFolder("results.bottom", IPageLayout.BOTTOM, 0.45f, editors);
        bottom.addView(DeltaView.ID);
        IFolderLayout side = layout.createFolder("results.side", IPageLayout.RIGHT, 0.7f, "results.bottom");
        side.addView(IPageLayout.ID_PROP_SHEET);
        side.addView(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(DeltaView.ID);
        layout.addShowViewShortcut(ScanResultsView.ID);
        layout.addShowViewShortcut(CampaignsView.ID);
        layout.addPerspectiveShortcut("org.auditbench.ui.perspective.audit");
    }
}
