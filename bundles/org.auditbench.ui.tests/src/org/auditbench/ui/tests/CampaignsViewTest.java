package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.campaigns.GenerateLettersHandler;
import org.auditbench.ui.internal.campaigns.LettersJob;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.Rule;
import org.junit.Test;

/** The Campaigns view shows where each case stands; Generate Letters writes the PDFs and moves the cases on. */
public class CampaignsViewTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void generateLettersForAScannedCampaign() throws Exception {
        AuditStore store = WorkbenchStore.get();
        String title = "Hafnium UI " + System.nanoTime();
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Schule am Prüfweg " + System.nanoTime());
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName("schule-pruefweg-" + System.nanoTime() + ".test");
        institution.getMailDomains().add(domain);
        store.institutions().save(institution);
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        Campaign campaign = new CampaignDesk(session).create("proxylogon-2021", title);
        new CampaignDesk(session).sample(campaign.getId(), "test", List.of(domain.getName()), false, SampleRule.ofSize(0, false), 1);
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        store.scanRuns().save(run);
        new CaseDesk(session).recordScan(campaign.getId(), institution.getId(), run);
        WorkbenchStore.changed();

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        ui.run(() -> {
            try {
                page.showView(CampaignsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Tree tree = ui.find(window, Tree.class, Widgets.withId("campaigns.tree"), "campaigns");
        TreeItem campaignItem = ui.waitFor("the campaign in the tree", () -> item(tree, title + " (1)"));
        ui.waitUntil("the case shown as scanned", () -> campaignItem.getItemCount() == 1
                && "Scanned".equals(campaignItem.getItem(0).getText(1)));
        ui.run(() -> {
            tree.setFocus();
            tree.setSelection(campaignItem);
            tree.notifyListeners(SWT.Selection, new Event());
        });
        ui.display().asyncExec(() -> {
            try {
                page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(GenerateLettersHandler.COMMAND_ID, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ui.waitUntil("the letter to be recorded", () -> store.campaigns().load(campaign.getId()).orElseThrow().getCases()
                .get(0).getState() == CaseState.LETTER_GENERATED);
        Job.getJobManager().join(LettersJob.FAMILY, null);
        AuditCase stored = store.campaigns().load(campaign.getId()).orElseThrow().getCases().get(0);
        Path pdf = Path.of(stored.getLetters().get(0).getDocumentName());
        assertTrue(pdf + " written", Files.size(pdf) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        ui.waitUntil("the tree to show the new state", () -> {
            TreeItem item = item(tree, title + " (1)");
            return item != null && item.getItemCount() == 1 && "Letter generated".equals(item.getItem(0).getText(1));
        });
        ui.screenshot("campaigns");
    }

    private static TreeItem item(Tree tree, String text) {
        for (TreeItem item : tree.getItems()) {
            if (text.equals(item.getText(0))) {
                item.setExpanded(true);
                return item;
            }
        }
        return null;
    }
}
