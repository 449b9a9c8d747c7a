package org.auditbench.ui.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.figures.CampaignFigures;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.SelectionReason;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.editors.CampaignEditor;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

/**
 * Measures (does not judge) how long the campaign editor takes to open on a campaign of 1,000 checked
 * cases in a register of 10,000 institutions: from the open to the Overview showing the read campaign,
 * and to the Members page listing all 1,000. Not a test (no assertion on time, not picked up by the
 * build's test run); run it alone:
 * {@code -Dtest=CampaignEditorMeasurement -Dsurefire.failIfNoSpecifiedTests=false}. Prints one line per run and the medians.
 */
public class CampaignEditorMeasurement {

    private static final int INSTITUTIONS = 10_000;
    private static final int CASES = 1_000;
    private static final int RUNS = 3;

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay(), java.time.Duration.ofMinutes(2));

    @Test
    public void openTheEditorOnAThousandCases() {
        long campaignId = storeTheRegisterAndTheCampaign();
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        List<Long> overview = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            readingApart(campaignId);
            long start = System.nanoTime();
            CampaignEditor editor = ui.call(() -> {
                try {
                    return CampaignEditor.open(page, campaignId, "Messung");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Label figures = ui.find(window, Label.class, Widgets.withId("campaign.figures"), "the figures");
            ui.waitUntil("the campaign shown", () -> figures.getText().startsWith("1,000 cases"));
            long shown = System.nanoTime();
            ui.run(() -> editor.setActivePage("members"));
            Table table = ui.find(window, Table.class, Widgets.withId("campaign.members"), "the members");
            ui.waitUntil("all members listed", () -> table.getItemCount() == CASES);
            long listed = System.nanoTime();
            ui.run(() -> page.closeEditor(editor, false));
            if (run > 0) { // the first run warms up
                overview.add((shown - start) / 1_000_000);
                members.add((listed - start) / 1_000_000);
            }
            System.out.printf("campaign editor run %d: overview shown after %d ms, 1,000 members listed after %d ms%n", run,
                    (shown - start) / 1_000_000, (listed - start) / 1_000_000);
        }
        System.out.printf("campaign editor, %,d cases of %,d institutions: median %d ms to the overview, %d ms to the members list%n",
                CASES, INSTITUTIONS, median(overview), median(members));
    }

    /** What the editor's job does, step by step, to show where the time goes. */
    private static void readingApart(long campaignId) {
        AuditStore store = WorkbenchStore.get();
        long start = System.nanoTime();
        Campaign campaign = store.campaigns().load(campaignId).orElseThrow();
        long read = System.nanoTime();
        List<Institution> members = campaign.getCases().stream().map(AuditCase::getInstitution).toList();
        var scans = store.scanRuns().latestDomainScans(members);
        long checks = System.nanoTime();
        try {
            CampaignFigures.of(campaign, CampaignTemplates.builtIn().get(campaign.getTemplateId()),
                    i -> scans.getOrDefault(i.getId(), List.of()), LocalDate.now());
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
        long figures = System.nanoTime();
        System.out.printf("  read apart: campaign with cases %d ms, latest checks %d ms, figures %d ms%n", (read - start) / 1_000_000,
                (checks - read) / 1_000_000, (figures - checks) / 1_000_000);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** 10,000 institutions, 1,000 of them cases of one campaign, each with a check of its mail domain. */
    private static long storeTheRegisterAndTheCampaign() {
        AuditStore store = WorkbenchStore.get();
        AuditFactory f = AuditFactory.eINSTANCE;
        long tag = System.nanoTime();
        List<Institution> institutions = new ArrayList<>();
        for (int i = 0; i < INSTITUTIONS; i++) {
            Institution institution = f.createInstitution();
            institution.setName("Einrichtung " + i + " " + tag);
            institution.setCity("Stadt " + (i % 200));
            MailDomain domain = f.createMailDomain();
            domain.setName("einrichtung-" + i + "-" + tag + ".test");
            institution.getMailDomains().add(domain);
            institutions.add(institution);
        }
        store.institutions().saveAll(institutions);
        Campaign campaign = f.createCampaign();
        campaign.setTitle("Messung " + tag);
        campaign.setTemplateId("proxylogon-2021");
        campaign.setCreatedOn(new Date());
        ScanRun run = f.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        for (int i = 0; i < CASES; i++) {
            Institution member = institutions.get(i * (INSTITUTIONS / CASES));
            AuditCase auditCase = f.createAuditCase();
            auditCase.setInstitution(member);
            auditCase.setSelectionReason(SelectionReason.RANDOM_SAMPLE);
            auditCase.setState(CaseState.SCANNED);
            campaign.getCases().add(auditCase);
            run.getDomainScans().add(scan(member));
        }
        store.campaigns().save(campaign);
        store.scanRuns().save(run);
        WorkbenchStore.changed();
        return campaign.getId();
    }

    private static DomainScan scan(Institution institution) {
        AuditFactory f = AuditFactory.eINSTANCE;
        DomainScan scan = f.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        MailServer server = f.createMailServer();
        server.setHost("mx." + scan.getDomainName());
        NetAddress address = f.createNetAddress();
        address.setIp("192.0.2." + (1 + institution.getName().length() % 250));
        address.setServerKind(MailServerKind.POSTFIX);
        for (int port : new int[] { 25, 443 }) {
            PortState state = f.createPortState();
            state.setPort(port);
            state.setState(port == 25 ? PortStatus.OPEN : PortStatus.FILTERED);
            address.getPorts().add(state);
        }
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        return scan;
    }
}
