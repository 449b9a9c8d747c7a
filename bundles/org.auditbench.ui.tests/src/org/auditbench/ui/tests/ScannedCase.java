package org.auditbench.ui.tests;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.campaigns.CampaignsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;

/**
 * A campaign of one new institution on the workbench's store, its case recorded as scanned: one mail
 * server (Postfix) at a documentation address, a result a letter can be written on.
 */
record ScannedCase(WorkflowSession session, Campaign campaign, Institution institution) {

    static ScannedCase create(String campaignTitle, String institutionName, String domainName) throws BadInputException {
        return create(campaignTitle, institutionName, domainName, true, null);
    }

    /** Like {@link #create}, in a campaign that numbers its cases by {@code fileNumberPattern}. */
    static ScannedCase createNumbered(String campaignTitle, String institutionName, String domainName, String fileNumberPattern)
            throws BadInputException {
        return create(campaignTitle, institutionName, domainName, true, fileNumberPattern);
    }

    /** Like {@link #create}, but the scan found the mail server without an address: no letter can be written on it. */
    static ScannedCase createWithoutAddress(String campaignTitle, String institutionName, String domainName)
            throws BadInputException {
        return create(campaignTitle, institutionName, domainName, false, null);
    }

    private static ScannedCase create(String campaignTitle, String institutionName, String domainName, boolean withAddress,
            String fileNumberPattern) throws BadInputException {
        AuditStore store = WorkbenchStore.get();
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(institutionName);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        store.institutions().save(institution);
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        Campaign campaign = new CampaignDesk(session).create("proxylogon-2021", campaignTitle, fileNumberPattern);
        new CampaignDesk(session).sample(campaign.getId(), "test", List.of(domainName), false, SampleRule.ofSize(0, false), 1);
        ScanRun run = run(institution, domainName, withAddress);
        store.scanRuns().save(run);
        new CaseDesk(session).recordScan(campaign.getId(), institution.getId(), run);
        WorkbenchStore.changed();
        return new ScannedCase(session, campaign, institution);
    }

    /** A further scan run of the campaign, stored with the same finding (as a rescan of an unchanged server stores it). */
    ScanRun rescan() {
        ScanRun run = run(institution, institution.getMailDomains().get(0).getName(), true);
        run.setCampaign(campaign);
        WorkbenchStore.get().scanRuns().save(run);
        WorkbenchStore.changed();
        return run;
    }

    CaseDesk desk() {
        return new CaseDesk(session);
    }

    /** A completed run that found the domain's mail server (Postfix, at a documentation address unless {@code withAddress} is false). */
    private static ScanRun run(Institution institution, String domainName, boolean withAddress) {
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(domainName);
        scan.setCheckedAt(new Date());
        scan.setMxKind(MxKind.MX);
        MailServer server = AuditFactory.eINSTANCE.createMailServer();
        server.setHost("mx." + domainName);
        NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
        address.setIp("192.0.2.25");
        address.setServerKind(MailServerKind.POSTFIX);
        if (withAddress) {
            server.getAddresses().add(address);
        }
        scan.getMailServers().add(server);
        run.getDomainScans().add(scan);
        return run;
    }

    /** Shows the Campaigns view and returns its tree. */
    static Tree showCampaigns(UiDriver ui, IWorkbenchPage page) {
        ui.run(() -> {
            try {
                page.showView(CampaignsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return ui.find(ui.call(() -> page.getWorkbenchWindow().getShell()), Tree.class, Widgets.withId("campaigns.tree"), "campaigns");
    }
}
