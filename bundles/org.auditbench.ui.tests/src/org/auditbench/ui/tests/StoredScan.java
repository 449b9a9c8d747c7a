package org.auditbench.ui.tests;

import java.util.Arrays;
import java.util.Date;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;

/**
 * A new institution with a stored scan run, built through the model and saved through the store: its
 * own Exchange (ports 25 and 443 open) with one finding, vulnerable, with a summary of two lines and the
 * HTTP exchange as evidence.
 */
final class StoredScan {

    static final String EVIDENCE = "GET /owa/auth/x.js HTTP/1.1\r\nCookie: X-AnonResource-Backend=localhost/ecp/default.flt?~3\r\n\r\n"
            + "HTTP/1.1 500 Internal Server Error\r\nX-CalculatedBETarget: localhost\r\nX-OWA-Version: 15.1.2176.2\r\n";

    private StoredScan() {
    }

    static void ofAnUnpatchedExchange(String name, String domainName) {
        AuditFactory f = AuditFactory.eINSTANCE;
        Institution institution = f.createInstitution();
        institution.setName(name);
        MailDomain mailDomain = f.createMailDomain();
        mailDomain.setName(domainName);
        institution.getMailDomains().add(mailDomain);
        WorkbenchStore.get().institutions().save(institution);

        DomainScan scan = f.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(domainName);
        scan.setCheckedAt(new Date());
        MailServer server = f.createMailServer();
        server.setHost("mail." + domainName);
        server.setPreference(10);
        NetAddress address = f.createNetAddress();
        address.setIp("192.0.2.25");
        address.setServerKind(MailServerKind.EXCHANGE_ONPREM);
        for (int port : new int[] { 25, 443 }) {
            PortState state = f.createPortState();
            state.setPort(port);
            state.setState(PortStatus.OPEN);
            address.getPorts().add(state);
        }
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        Observation observation = f.createObservation();
        observation.setCheckId("CVE-2021-26855");
        observation.setTarget("https://mail." + domainName + "/owa/");
        observation.setStatus(CheckStatus.VULNERABLE);
        observation.setSummary("Exchange 15.1.2176.2 without the March 2021 update\nsecond line of the summary");
        observation.setEvidence(EVIDENCE);
        observation.setObservedAt(new Date());
        scan.getObservations().add(observation);

        ScanRun run = f.createScanRun();
        run.setStartedAt(new Date());
        run.setFinishedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        run.getDomainScans().add(scan);
        WorkbenchStore.get().scanRuns().save(run);
        WorkbenchStore.changed();
    }

    /** Selects the institution with this mail domain in the Institutions view, so the Mail Servers view shows it. */
    static void showMailServersOf(UiDriver ui, IWorkbenchPage page, String domain) {
        ui.run(() -> {
            try {
                page.showView(ScanResultsView.ID);
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table institutions = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(domain));
        ui.waitUntil("only the institution of " + domain + " listed", () -> institutions.getItemCount() == 1);
        ui.run(() -> {
            institutions.setFocus();
            institutions.select(0);
            institutions.notifyListeners(SWT.Selection, new Event());
        });
    }

    /**
     * Selects the finding of {@code domain}'s scan (stored by {@link #ofAnUnpatchedExchange}) until the
     * evidence pane shows it. A reload of the view (the store changed, or the check for others' changes saw
     * this test's saves) replaces the tree's items, and an item found before it selects nothing: the finding
     * is looked up anew each time. Until the view shows {@code domain}, it may still show an earlier test's
     * scan with the same evidence: the finding's target names the domain.
     */
    static void selectFinding(UiDriver ui, Tree tree, Text evidence, String domain) {
        String target = "https://mail." + domain + "/owa/";
        ui.waitUntil("the evidence of the finding of " + domain + " shown", () -> {
            if (tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() instanceof Observation
                    && evidence.getText().contains(target)) {
                return true;
            }
            if (tree.getItemCount() == 1 && tree.getItem(0).getData() instanceof DomainScan scan && domain.equals(scan.getDomainName())) {
                Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getData() instanceof Observation).findFirst().ifPresent(item -> {
                    tree.setFocus();
                    tree.setSelection(item);
                    tree.notifyListeners(SWT.Selection, new Event());
                });
            }
            return false;
        });
    }
}
