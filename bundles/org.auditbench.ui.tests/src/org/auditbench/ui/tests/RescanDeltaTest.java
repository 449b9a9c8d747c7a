package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditPerspective;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.results.DeltaView;
import org.auditbench.ui.internal.results.RescanCampaignHandler;
import org.auditbench.ui.internal.results.RescanJob;
import org.auditbench.ui.internal.results.ResultsPerspective;
import org.auditbench.ui.internal.scans.ScanPreferences;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Rescan Campaign in the Results perspective against a real NSD and SMTP peer on loopback (127.0.52.x):
 * the first run, a cancelled one that stores nothing, then a complete one after the mail server went
 * away, and the Delta view naming what changed.
 */
public class RescanDeltaTest {

    /** New on every run: the test's data folder keeps the institutions of earlier runs. */
    private static final String DOMAIN = "pfarrei-wiederholung-" + System.nanoTime() + ".test";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay(), java.time.Duration.ofSeconds(60));

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private Nsd nsd;
    private SmtpPeer smtp;
    private IWorkbenchWindow window;

    @Before
    public void startPeersAndPointTheChecksAtThem() throws Exception {
        Path dir = Files.createTempDirectory("ui-rescan-peers");
        nsd = Nsd.start(dir, "127.0.52.53", List.of(
                new Zone(DOMAIN).add("@ MX 10 mail").add("mail A 127.0.52.25"),
                new Zone("asn.test").asnOrigin("127.0.52.25", "64511", "127.0.52.0/24", "DE")
                        .asnName(64511, "DE", "ripencc", "Bistums-IT GmbH, DE")));
        smtp = SmtpPeer.start("127.0.52.25", 25, SmtpBehaviour.exchangeOnPrem("mail." + DOMAIN), null);
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        preferences.setValue(ScanPreferences.DNS_SERVERS, "127.0.52.53:" + nsd.address().getPort());
        preferences.setValue(ScanPreferences.ASN_ZONE, "asn.test");
        preferences.setValue(ScanPreferences.PORTS, "25, 443");
        preferences.setValue(ScanPreferences.TIMEOUT_MILLIS, 1500);
        preferences.setValue(ScanPreferences.ALLOW_PRIVATE, true);
        window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @After
    public void stopPeersAndGoBackToTheAuditPerspective() throws Exception {
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        for (String key : List.of(ScanPreferences.DNS_SERVERS, ScanPreferences.ASN_ZONE, ScanPreferences.PORTS,
                ScanPreferences.TIMEOUT_MILLIS, ScanPreferences.ALLOW_PRIVATE)) {
            preferences.setToDefault(key);
        }
        if (smtp != null) {
            smtp.close();
        }
        nsd.close();
        ui.run(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(AuditPerspective.ID, window);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    public void aRescanIsCancelledOnceThenCompletedAndTheDeltaShown() throws Exception {
        AuditStore store = WorkbenchStore.get();
        long nanos = System.nanoTime();
        Institution institution = CampaignWizardTest.institution("Pfarrei Wiederholung " + nanos, DOMAIN);
        String title = "Hafnium Nachpr\u00fcfung " + nanos;
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        Campaign campaign = new CampaignDesk(session).create("proxylogon-2021", title,
                new SampleRequest("test", List.of(String.valueOf(institution.getId())), false, SampleRule.ofSize(0, false), 1));
        WorkbenchStore.changed();

        ui.run(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(ResultsPerspective.ID, window);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        IWorkbenchPage page = ui.call(window::getActivePage);
        assertEquals(ResultsPerspective.ID, ui.call(() -> page.getPerspective().getId()));
        assertTrue("the Delta view in the Results perspective", ui.call(() -> page.findView(DeltaView.ID) != null));
        WorkbenchCommands commands = new WorkbenchCommands(ui, page);
        Shell shell = ui.call(window::getShell);
        Tree campaigns = ui.find(shell, Tree.class, Widgets.withId("campaigns.tree"), "campaigns");
        commands.select(campaigns, commands.row(campaigns, title + " (1)"));
        ui.waitUntil("Rescan Campaign offered", () -> commands.enabled(RescanCampaignHandler.COMMAND_ID));
        Label headline = ui.find(shell, Label.class, Widgets.withId("delta.headline"), "delta headline");

        commands.execute(RescanCampaignHandler.COMMAND_ID);
        ui.waitUntil("the first run stored", () -> new CampaignDesk(session).runs(campaign.getId()).size() == 1);
        Job.getJobManager().join(RescanJob.FAMILY, null);
        ui.waitUntil("the delta says there is nothing to compare yet", () -> headline.getText().contains("no follow-up scan yet (1 scan runs)"));

        // a mail server that never greets keeps the rescan busy until it is cancelled: nothing is stored
        smtp.close();
        smtp = WorkbenchCommands.restart("127.0.52.25", SmtpBehaviour.silent());
        AuditbenchUiPlugin.getDefault().getPreferenceStore().setValue(ScanPreferences.TIMEOUT_MILLIS, 15000);
        commands.execute(RescanCampaignHandler.COMMAND_ID);
        ui.waitUntil("the rescan running", () -> Job.getJobManager().find(RescanJob.FAMILY).length == 1
                && Job.getJobManager().find(RescanJob.FAMILY)[0].getState() == Job.RUNNING);
        Job.getJobManager().cancel(RescanJob.FAMILY);
        Job.getJobManager().join(RescanJob.FAMILY, null);
        Label status = ui.find(shell, Label.class, Widgets.withId("delta.status"), "delta status");
        ui.waitUntil("the cancel reported", () -> status.getText().contains("was cancelled; nothing was stored"));
        assertEquals(1, new CampaignDesk(session).runs(campaign.getId()).size());

        // the mail server is gone; the complete rescan reports each domain as it is done, then the delta
        smtp.close();
        smtp = null;
        AuditbenchUiPlugin.getDefault().getPreferenceStore().setValue(ScanPreferences.TIMEOUT_MILLIS, 1500);
        List<String> heard = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        RescanJob.Listener listener = new RescanJob.Listener() {
            @Override
            public void domainDone(long id, DomainScan scan) {
                heard.add(scan.getDomainName() + (finished.get() == 0 ? " while running" : " after the end"));
            }

            @Override
            public void finished(long id, IStatus result) {
                finished.incrementAndGet();
            }
        };
        RescanJob.addListener(listener);
        try {
            commands.execute(RescanCampaignHandler.COMMAND_ID);
            ui.waitUntil("the second run stored", () -> new CampaignDesk(session).runs(campaign.getId()).size() == 2);
            Job.getJobManager().join(RescanJob.FAMILY, null);
        } finally {
            RescanJob.removeListener(listener);
        }
        assertEquals(List.of(DOMAIN + " while running"), heard);
        ui.waitUntil("the delta headline", () -> headline.getText().startsWith(title + ": scan run"));
        Tree delta = ui.find(shell, Tree.class, Widgets.withId("delta.tree"), "delta");
        TreeItem row = commands.row(delta, institution.getName());
        List<String> changes = ui.call(() -> {
            Event expand = new Event(); // as a click on the arrow: the viewer makes the children then
            expand.item = row;
            delta.notifyListeners(SWT.Expand, expand);
            row.setExpanded(true);
            List<String> texts = new ArrayList<>();
            for (TreeItem change : row.getItems()) {
                texts.add(change.getText(0) + " | " + change.getText(2) + " | " + change.getText(3));
            }
            return texts;
        });
        assertThat(changes.toString(), changes, hasItem(
                startsWith(DOMAIN + ": Open port 127.0.52.25:25 | open | \u2013")));
        ui.screenshot("results-perspective");
    }
}
