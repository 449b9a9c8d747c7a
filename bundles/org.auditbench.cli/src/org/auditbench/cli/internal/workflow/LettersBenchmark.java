package org.auditbench.cli.internal.workflow;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.auditbench.cli.internal.BenchmarkWork;
import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseWorkflow;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.letters.LetterRun;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.MailMerge;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench bench letters [N]}: the request letters of one campaign of N (500) scanned cases,
 * the four findings in turn, as PDFs plus the combined PDF for printing, through the same mail merge as
 * {@code auditbench letters}. The scans are stored results (documentation addresses, nothing is
 * contacted); the run works in a temporary data directory of its own, deleted afterwards.
 */
public final class LettersBenchmark implements Benchmark {

    private static final int CASES = 500;
    private static final LocalDate LETTER_DATE = LocalDate.of(2021, 4, 26);

    @Override
    public String description() {
        return "500 request letters of one campaign as PDFs plus the combined PDF";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        int cases = args.isEmpty() ? CASES : Integer.parseInt(args.get(0));
        Path work = Files.createTempDirectory("auditbench-bench-letters");
        try (AuditStore store = AuditStore.open(work.resolve("data"))) {
            WorkflowSession session = new WorkflowSession(store, "bench", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
            long campaignId = scannedCampaign(store, session, cases);
            context.out().println("stored a campaign of " + cases + " scanned cases; writing the letters ...");
            resetPeaks();
            Path combined = work.resolve("alle-Schreiben.pdf");
            long start = System.nanoTime();
            LetterRun run = new MailMerge(session, Authority.load(work.resolve("data"))).write(campaignId, LetterKind.REQUEST,
                    ReportFormat.PDF, LETTER_DATE, null, work.resolve("letters"), combined, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run.written().size() != cases || Files.size(combined) == 0) {
                throw new IllegalStateException("expected " + cases + " letters and the combined PDF: " + run.summary(Locale.ENGLISH));
            }
            double heap = BenchmarkWork.peakHeapMegabytes();
            List<BenchmarkRow> rows = new ArrayList<>();
            rows.add(new BenchmarkRow(cases + " request letters (PDF) incl. the combined PDF, engine start included", seconds, "s",
                    "< 60 s", seconds < 60));
            rows.add(new BenchmarkRow("per letter", seconds * 1000 / cases, "ms", "-", true));
            rows.add(new BenchmarkRow("combined PDF", Files.size(combined) / 1e6, "MB", "-", true));
            rows.add(new BenchmarkRow("peak heap while writing", heap, "MB", "< 512 MB", heap < 512));
            return rows;
        } finally {
            BenchmarkWork.delete(work);
        }
    }

    /** A campaign with every institution as a known case, each recorded as scanned, in one stored change. */
    private static long scannedCampaign(AuditStore store, WorkflowSession session, int cases) throws Exception {
        List<Institution> institutions = new ArrayList<>();
        for (int i = 1; i <= cases; i++) {
            Institution institution = AuditFactory.eINSTANCE.createInstitution();
            institution.setName("Pfarrei St. Michael " + i);
            institution.setKind("Pfarrei");
            institution.setStreet("Kirchstraße " + i);
            institution.setPostcode("50667");
            institution.setCity("Köln");
            institution.setFileNumber("2021-EX-" + i);
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName("pfarrei" + i + ".example");
            institution.getMailDomains().add(domain);
            institutions.add(institution);
        }
        store.institutions().saveAll(institutions);
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setFinishedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        for (int i = 0; i < institutions.size(); i++) {
            run.getDomainScans().add(scan(institutions.get(i), i));
        }
        store.scanRuns().save(run);
        CampaignDesk campaigns = new CampaignDesk(session);
        long campaignId = campaigns.create("proxylogon-2021", "Benchmark").getId();
        campaigns.sample(campaignId, "bench", institutions.stream().map(i -> i.getMailDomains().get(0).getName()).toList(), false,
                SampleRule.ofSize(0, false), 1);
        session.change(session.campaign(campaignId), campaign -> {
            CaseWorkflow workflow = new CaseWorkflow(session.steps());
            for (AuditCase auditCase : campaign.getCases()) {
                workflow.recordScan(auditCase, run);
            }
            return null;
        });
        return campaignId;
    }

    /** The four findings in turn: vulnerable and patched own Exchange, Microsoft 365, Postfix. */
    private static DomainScan scan(Institution institution, int index) {
        MailServerKind[] kinds = { MailServerKind.EXCHANGE_ONPREM, MailServerKind.EXCHANGE_ONPREM, MailServerKind.MICROSOFT_365,
                MailServerKind.POSTFIX };
        CheckStatus[] verdicts = { CheckStatus.VULNERABLE, CheckStatus.NOT_VULNERABLE, CheckStatus.NOT_APPLICABLE,
                CheckStatus.NOT_APPLICABLE };
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        scan.setMxKind(MxKind.MX);
        MailServer server = AuditFactory.eINSTANCE.createMailServer();
        server.setHost("mail." + scan.getDomainName());
        NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
        address.setIp("198.51.100." + (index % 250 + 1));
        address.setServerKind(kinds[index % 4]);
        Provider provider = AuditFactory.eINSTANCE.createProvider();
        provider.setAsNumber(64500);
        provider.setOrganisation("Kirchliche IT GmbH");
        address.setProvider(provider);
        for (int port : new int[] { 25, 443 }) {
            PortState state = AuditFactory.eINSTANCE.createPortState();
            state.setPort(port);
            state.setState(port == 25 ? PortStatus.OPEN : PortStatus.FILTERED);
            address.getPorts().add(state);
        }
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        Observation observation = AuditFactory.eINSTANCE.createObservation();
        observation.setCheckId("CVE-2021-26855");
        observation.setTarget(server.getHost() + " " + address.getIp());
        observation.setStatus(verdicts[index % 4]);
        observation.setObservedAt(new Date());
        scan.getObservations().add(observation);
        return scan;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
