package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.scans.CheckMailServersHandler;
import org.auditbench.ui.internal.scans.ScanJob;
import org.auditbench.ui.internal.scans.ScanPreferences;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Audit > Check Mail Servers in the real workbench, against a real NSD and an Exchange-like SMTP peer on
 * loopback (127.0.50.x): the job stores a scan run and the Mail Servers view shows what it found.
 */
public class CheckMailServersTest {

    private static final String DOMAIN = "pfarrei-pruefstadt.test";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private Nsd nsd;
    private SmtpPeer exchange;
    private Institution institution;

    @Before
    public void startPeersAndPointTheChecksAtThem() throws Exception {
        Path dir = Files.createTempDirectory("ui-scan-peers");
        nsd = Nsd.start(dir, "127.0.50.53", List.of(
                new Zone(DOMAIN).add("@ MX 10 mail").add("mail A 127.0.50.25"),
                new Zone("asn.test").asnOrigin("127.0.50.25", "64510", "127.0.50.0/24", "DE")
                        .asnName(64510, "DE", "ripencc", "Kirchliche IT GmbH, DE")));
        exchange = SmtpPeer.start("127.0.50.25", 25, SmtpBehaviour.exchangeOnPrem("mail." + DOMAIN), null);
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        preferences.setValue(ScanPreferences.DNS_SERVERS, "127.0.50.53:" + nsd.address().getPort());
        preferences.setValue(ScanPreferences.ASN_ZONE, "asn.test");
        preferences.setValue(ScanPreferences.PORTS, "25, 443");
        preferences.setValue(ScanPreferences.TIMEOUT_MILLIS, 1500);
        preferences.setValue(ScanPreferences.ALLOW_PRIVATE, true);

        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Pfarrei Prüfstadt");
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(DOMAIN);
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        WorkbenchStore.changed();
    }

    @After
    public void stopPeers() {
        IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();
        for (String key : List.of(ScanPreferences.DNS_SERVERS, ScanPreferences.ASN_ZONE, ScanPreferences.PORTS,
                ScanPreferences.TIMEOUT_MILLIS, ScanPreferences.ALLOW_PRIVATE)) {
            preferences.setToDefault(key);
        }
        exchange.close();
        nsd.close();
        // its mail domain is fixed: a second run on the same data folder could not store it again
        WorkbenchStore.get().institutions().delete(institution);
        WorkbenchStore.changed();
    }

    @Test
    public void checkingAnInstitutionShowsItsOwnExchangeServer() throws Exception {
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        ui.run(() -> {
            try {
                page.showView(ScanResultsView.ID);
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(DOMAIN));
        ui.waitUntil("only our institution listed", () -> table.getItemCount() == 1);
        ui.run(() -> {
            table.setFocus();
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        // Asynchronously, as a menu would: a dialog must not block this test thread.
        new WorkbenchCommands(ui, page).execute(CheckMailServersHandler.COMMAND_ID);
        ui.waitUntil("the scan run to be stored",
                () -> WorkbenchStore.get().scanRuns().latestDomainScans(institution).size() == 1);
        Job.getJobManager().join(ScanJob.FAMILY, null);

        Tree tree = ui.find(window, Tree.class, Widgets.withId("scanResults.tree"), "scan results");
        ui.waitUntil("the scan results to show", () -> tree.getItemCount() == 1);
        List<String> labels = ui.call(() -> {
            List<String> all = new ArrayList<>();
            collect(tree.getItems(), all);
            return all;
        });
        ui.screenshot("check-mail-servers");
        assertThat(labels.toString(), labels, hasItem("mail." + DOMAIN + " (10)"));
        assertThat(labels.toString(), labels, hasItem("127.0.50.25 - Own Exchange server - AS64510"));
        assertThat(labels.toString(), labels, hasItem("25/tcp Open"));
        assertThat(labels.toString(), labels, hasItem("443/tcp Closed"));
        // each finding under its check's name, with the result in its own column
        List<String> rows = ui.call(() -> {
            List<String> all = new ArrayList<>();
            rows(tree.getItems(), all);
            return all;
        });
        assertThat(rows.toString(), rows, hasItem("Mail servers (MX) \u2013 " + DOMAIN + " | OK"));
        assertThat(rows.toString(), rows, hasItem("TCP port states \u2013 mail." + DOMAIN + " 127.0.50.25 | Info"));
    }

    private static void rows(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText(0) + " | " + item.getText(1));
            rows(item.getItems(), into);
        }
    }

    /** Every label, opening folded rows (the port rows are) as a click on the arrow does. */
    private static void collect(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText());
            if (!item.getExpanded() && item.getItemCount() > 0) {
                Event expand = new Event();
                expand.item = item;
                item.getParent().notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
            }
            collect(item.getItems(), into);
        }
    }
}
