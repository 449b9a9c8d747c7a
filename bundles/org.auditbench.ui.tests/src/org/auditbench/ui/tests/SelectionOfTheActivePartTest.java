package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.auditbench.model.Institution;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.results.DeltaView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * The commands follow the selection of the part the auditor works in, whatever another view does in the
 * background: the Campaigns view re-selects its campaign after every reload, and the Delta view follows
 * that view; neither may take the Institutions view's selection away from its commands.
 */
public class SelectionOfTheActivePartTest {

    private static final String DELETE = "org.auditbench.ui.commands.deleteInstitution";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private final IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());

    @After
    public void closeTheDeltaView() {
        ui.run(() -> {
            IViewReference delta = page.findViewReference(DeltaView.ID);
            if (delta != null) {
                page.hideView(delta);
            }
        });
    }

    @Test
    public void aCampaignReselectedInTheBackgroundLeavesTheSelectedInstitutionsCommandsEnabled() throws Exception {
        long tag = System.nanoTime();
        String title = "Hafnium Hintergrund " + tag;
        String name = "Pfarrei Vordergrund " + tag;
        ScannedCase created = ScannedCase.create(title, name, "vordergrund-" + tag + ".test");
        WorkbenchStore.changed();
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);

        // the campaign selected in the Campaigns view, the Delta view following it
        Tree campaigns = ScannedCase.showCampaigns(ui, page);
        commands.select(campaigns, commands.row(campaigns, title + " (1)"));
        ui.run(() -> {
            try {
                page.showView(DeltaView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        // the auditor turns to the Institutions view and selects the campaign's institution there
        commands.selectInstitution(name);
        commands.waitEnabled("Delete Institution enabled for the selected institution", DELETE);

        // the Campaigns view, in the background, selects its campaign again (as after a reload)
        ui.run(() -> {
            ISelectionProvider background = page.findView(CampaignsView.ID).getSite().getSelectionProvider();
            Object campaign = background.getSelection() instanceof StructuredSelection s ? s.getFirstElement() : null;
            background.setSelection(StructuredSelection.EMPTY);
            background.setSelection(new StructuredSelection(campaign));
        });
        assertEquals("the Institutions view still the active part", InstitutionsView.ID,
                ui.call(() -> page.getActivePart().getSite().getId()));
        assertTrue("Delete Institution still enabled for the institution selected in the active view",
                ui.call(() -> WorkbenchCommands.enabledNow(page, DELETE)));
        Object selection = ui.call(() -> page.getWorkbenchWindow().getService(IHandlerService.class).getCurrentState()
                .getVariable("selection"));
        assertTrue("the workbench's selection is the institution: " + selection, selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof Institution i && i.getId() == created.institution().getId());
    }
}
