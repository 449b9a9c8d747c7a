package org.auditbench.cli.internal.store;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.auditbench.cli.internal.BenchmarkWork;
import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.Measure;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.Statement;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench bench store}: import of 10,000 institutions from CSV, loading them with a scan run
 * of 100,000 observations, saving one changed statement, and the heap the loaded data takes. Works in
 * a temporary data directory of its own, deleted afterwards.
 */
public final class StoreBenchmark implements Benchmark {

    private static final int INSTITUTIONS = 10_000;
    private static final int OBSERVATIONS_PER_DOMAIN = 10;
    private static final int STATEMENT_SAVES = 21;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public String description() {
        return "import 10,000 institutions, load them with 100,000 observations, save a statement, heap";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        Path work = Files.createTempDirectory("auditbench-bench-store");
        try {
            return measure(work, context);
        } finally {
            BenchmarkWork.delete(work);
        }
    }

    private static List<BenchmarkRow> measure(Path work, CliContext context) throws Exception {
        return measure(work, StoreOptions.defaults(), "", context);
    }

    /**
     * The import and loading figures of the store {@code options} open for a data directory in {@code work}
     * (the team benchmark takes them on a PostgreSQL server); {@code where} is added to each figure's name.
     */
    public static List<BenchmarkRow> measure(Path work, StoreOptions options, String where, CliContext context) throws Exception {
        List<BenchmarkRow> rows = new ArrayList<>();
        Path csv = work.resolve("institutions.csv");
        writeInstitutions(csv);
        Path data = work.resolve("data");
        long runId;
        try (AuditStore store = AuditStore.open(data, options)) {
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            InstitutionImport.importFile(csv, store, new NullProgressMonitor());
            rows.add(seconds("import of 10,000 institutions from CSV" + where, start, 5));
            rows.add(cpuSeconds("(CPU time of the import)", cpu));
            context.out().println("imported; saving a scan run with 100,000 observations ...");
            ScanRun run = scanRun(store.institutions().loadAll());
            start = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            store.scanRuns().save(run);
            rows.add(seconds("saving a scan run with 100,000 observations", start, 3));
            rows.add(cpuSeconds("(CPU time of the save)", cpu));
            repeatSave(store, rows);
            runId = run.getId();
            rows.add(statementSave(store, run.getDomainScans().get(0).getInstitution()));
        }
        System.gc();
        long heapBefore = usedHeap();
        try (AuditStore store = AuditStore.open(data, options)) {
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            List<Institution> institutions = store.institutions().loadAll();
            ScanRun run = store.scanRuns().load(runId, institutions).orElseThrow();
            rows.add(seconds("loading 10,000 institutions with 100,000 observations" + where, start, 2));
            rows.add(cpuSeconds("(CPU time of the loading)", cpu));
            long heap = usedHeap() - heapBefore;
            rows.add(new BenchmarkRow("heap taken by the loaded data", heap / 1e6, "MB", "< 300 MB", heap < 300_000_000L));
            long total = usedHeap();
            rows.add(new BenchmarkRow("heap used after loading (whole JVM)", total / 1e6, "MB", "< 300 MB", total < 300_000_000L));
            if (run.getDomainScans().size() != INSTITUTIONS || institutions.size() != INSTITUTIONS) {
                throw new IllegalStateException("loaded " + institutions.size() + " institutions and "
                        + run.getDomainScans().size() + " domain scans instead of " + INSTITUTIONS);
            }
        }
        return rows;
    }

    /**
     * The first run goes into empty tables, which Derby fills by a bulk load; a repeat check does not. A
     * method of its own, so that the run is garbage before the heap is measured.
     */
    private static void repeatSave(AuditStore store, List<BenchmarkRow> rows) {
        ScanRun repeat = scanRun(store.institutions().loadAll());
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        store.scanRuns().save(repeat);
        rows.add(seconds("saving a repeat run with 100,000 observations", start, 3));
        rows.add(cpuSeconds("(CPU time of the repeat save)", cpu));
    }

    /** CPU time of this thread (Derby works in the caller's thread): the figure a busy machine cannot inflate. */
    private static BenchmarkRow cpuSeconds(String measure, long startCpuNanos) {
        return new BenchmarkRow(measure, (CPU.getCurrentThreadCpuTime() - startCpuNanos) / 1e9, "s", "-", true);
    }

    private static BenchmarkRow seconds(String measure, long startNanos, double limit) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new BenchmarkRow(measure, seconds, "s", "< " + (int) limit + " s", seconds < limit);
    }

    /** The median of several saves of one changed statement (with a measure) in a stored campaign. */
    private static BenchmarkRow statementSave(AuditStore store, Institution institution) {
        Campaign campaign = AuditFactory.eINSTANCE.createCampaign();
        campaign.setTitle("Benchmark");
        AuditCase auditCase = AuditFactory.eINSTANCE.createAuditCase();
        auditCase.setInstitution(institution);
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setReceivedOn(new Date());
        Measure measure = AuditFactory.eINSTANCE.createMeasure();
        measure.setDescription("patch installed");
        statement.getMeasures().add(measure);
        auditCase.getStatements().add(statement);
        campaign.getCases().add(auditCase);
        store.campaigns().save(campaign);
        double[] millis = new double[STATEMENT_SAVES];
        for (int i = 0; i < STATEMENT_SAVES; i++) {
            statement.setSummary("revision " + i);
            long start = System.nanoTime();
            store.campaigns().save(statement);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[STATEMENT_SAVES / 2];
        return new BenchmarkRow("saving one changed statement (median of " + STATEMENT_SAVES + ")", median, "ms", "< 50 ms",
                median < 50);
    }

    /** A CSV register of 10,000 fictional institutions, as the benchmarks import it. */
    public static void writeInstitutions(Path csv) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Einrichtung;Art;Straße;PLZ;Ort;Mail-Domänen;Ansprechpartner;E-Mail\n");
            for (int i = 0; i < INSTITUTIONS; i++) {
                out.write(String.format("Einrichtung %05d;Pfarrei;Kirchweg %d;%05d;Musterstadt %d;e%05d.example%s;"
                        + "Person %d;info@e%05d.example%n", i, i % 100, 10_000 + i, i % 50, i, i % 3 == 0 ? " e" + i + ".test" : "", i, i));
            }
        }
    }

    /** One completed run with a scan of every institution's first mail domain (one server, ten observations). */
    public static ScanRun scanRun(List<Institution> institutions) {
        AuditFactory f = AuditFactory.eINSTANCE;
        ScanRun run = f.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        Provider[] providers = new Provider[20];
        for (int p = 0; p < providers.length; p++) {
            providers[p] = f.createProvider();
            providers[p].setAsNumber(64_500 + p);
            providers[p].setOrganisation("Provider " + p);
        }
        for (Institution institution : institutions) {
            DomainScan scan = f.createDomainScan();
            scan.setInstitution(institution);
            scan.setDomainName(institution.getMailDomains().get(0).getName());
            scan.setCheckedAt(new Date());
            MailServer server = f.createMailServer();
            server.setHost("mx." + scan.getDomainName());
            NetAddress address = f.createNetAddress();
            address.setIp("192.0.2." + (institution.getId() % 250));
            address.setProvider(providers[(int) (institution.getId() % providers.length)]);
            address.setSmtpBanner("220 mx." + scan.getDomainName() + " ESMTP");
            server.getAddresses().add(address);
            scan.getMailServers().add(server);
            for (int o = 0; o < OBSERVATIONS_PER_DOMAIN; o++) {
                Observation observation = f.createObservation();
                observation.setCheckId("check." + o);
                observation.setTarget(scan.getDomainName());
                observation.setStatus(CheckStatus.get(o % 11));
                observation.setSummary("summary " + o);
                observation.setEvidence("evidence line for check " + o);
                observation.setObservedAt(new Date());
                scan.getObservations().add(observation);
            }
            run.getDomainScans().add(scan);
        }
        return run;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
