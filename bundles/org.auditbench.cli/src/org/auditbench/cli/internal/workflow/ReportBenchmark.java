package org.auditbench.cli.internal.workflow;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
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
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;
import org.auditbench.store.AuditStore;

/**
 * {@code auditbench bench reports}: the campaign overview (PDF) of a campaign of 5,000 cases, the findings
 * annex (XLSX) of its 5,000 institutions and the dossier (PDF) of one of its cases, from a store in a
 * temporary data directory, then the 500 request letters of {@code bench letters}. The scan results are
 * written as a scan would store them (no network), so the figures measure the reports alone; the first run
 * of each report in the JVM is a warm-up and not counted.
 */
public final class ReportBenchmark implements Benchmark {

    private static final int CASES = 5_000;

    @Override
    public String description() {
        return "campaign overview (PDF) of 5,000 cases, findings annex (XLSX) of 5,000 institutions, a dossier (PDF),"
                + " 500 request letters with the combined PDF, peak heap";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        List<BenchmarkRow> rows = new ArrayList<>();
        Path work = Files.createTempDirectory("auditbench-bench-reports");
        try (AuditStore store = AuditStore.open(work.resolve("data"))) {
            List<Institution> institutions = WorkflowBenchmark.register(CASES);
            store.institutions().saveAll(institutions);
            store.scanRuns().save(scanRun(institutions));
            WorkflowSession session = new WorkflowSession(store, "bench", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
            long campaignId = new CampaignDesk(session).create("proxylogon-2021", "Benchmark").getId();
            new CampaignDesk(session).sample(campaignId, "none", List.of(), false, SampleRule.ofSize(CASES, false), 1);
            context.out().println("stored " + CASES + " institutions, their scans and a campaign of " + CASES + " cases; warming up ...");
            ReportRequest request = ReportRequest.campaign(campaignId).locale(Locale.GERMAN);
            render(session, "campaign-overview", request, ReportFormat.PDF);
            render(session, "findings-annex", request, ReportFormat.XLSX);
            ReportRequest dossier = ReportRequest.auditCase(campaignId, institutions.get(CASES / 2).getId()).locale(Locale.GERMAN);
            render(session, "institution-dossier", dossier, ReportFormat.PDF);
            resetPeaks();
            long start = System.nanoTime();
            int bytes = render(session, "campaign-overview", request, ReportFormat.PDF);
            rows.add(WorkflowBenchmark.seconds("campaign overview, 5,000 cases, PDF (" + bytes / 1024 + " KiB)", start, 10));
            start = System.nanoTime();
            bytes = render(session, "findings-annex", request, ReportFormat.XLSX);
            rows.add(WorkflowBenchmark.seconds("findings annex, 5,000 institutions, XLSX (" + bytes / 1024 + " KiB)", start, 10));
            start = System.nanoTime();
            bytes = render(session, "institution-dossier", dossier, ReportFormat.PDF);
            rows.add(WorkflowBenchmark.seconds("dossier of one case of the 5,000, PDF (" + bytes / 1024 + " KiB)", start, 2));
            double heap = BenchmarkWork.peakHeapMegabytes();
            rows.add(new BenchmarkRow("peak heap during the three reports", heap, "MB", "< 512 MB", heap < 512));
        } finally {
            BenchmarkWork.delete(work);
        }
        rows.addAll(new LettersBenchmark().run(List.of(), context));
        return rows;
    }

    private static int render(WorkflowSession session, String id, ReportRequest request, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRunner(session).run(ReportCatalog.find(id).orElseThrow(), request, format, out);
        return out.size();
    }

    /** One domain scan per institution: an own Exchange (every third vulnerable), Microsoft 365 or Postfix. */
    private static ScanRun scanRun(List<Institution> institutions) {
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setFinishedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        for (int i = 0; i < institutions.size(); i++) {
            Institution institution = institutions.get(i);
            DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
            scan.setInstitution(institution);
            scan.setDomainName(institution.getMailDomains().get(0).getName());
            scan.setCheckedAt(new Date());
            scan.setMxKind(MxKind.MX);
            MailServer server = AuditFactory.eINSTANCE.createMailServer();
            server.setHost("mail." + scan.getDomainName());
            server.setPreference(10);
            NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
            address.setIp("192.0.2." + (i % 250 + 1));
            MailServerKind kind = i % 3 == 2 ? MailServerKind.POSTFIX : i % 3 == 1 ? MailServerKind.MICROSOFT_365 : MailServerKind.EXCHANGE_ONPREM;
            address.setServerKind(kind);
            address.setStartTls(true);
            Provider provider = AuditFactory.eINSTANCE.createProvider();
            provider.setAsNumber(64500 + i % 20);
            provider.setOrganisation("Provider " + i % 20);
            provider.setCountry("DE");
            address.setProvider(provider);
            address.getPorts().add(port(25, PortStatus.OPEN));
            address.getPorts().add(port(443, kind == MailServerKind.EXCHANGE_ONPREM ? PortStatus.OPEN : PortStatus.CLOSED));
            server.getAddresses().add(address);
            scan.getMailServers().add(server);
            Observation observation = AuditFactory.eINSTANCE.createObservation();
            observation.setCheckId("CVE-2021-26855");
            observation.setTarget(server.getHost() + " " + address.getIp());
            observation.setStatus(kind != MailServerKind.EXCHANGE_ONPREM ? CheckStatus.NOT_APPLICABLE
                    : i % 2 == 0 ? CheckStatus.VULNERABLE : CheckStatus.NOT_VULNERABLE);
            observation.setObservedAt(new Date());
            scan.getObservations().add(observation);
            run.getDomainScans().add(scan);
        }
        return run;
    }

    private static PortState port(int number, PortStatus status) {
        PortState port = AuditFactory.eINSTANCE.createPortState();
        port.setPort(number);
        port.setState(status);
        return port;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
