package org.auditbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.internal.store.StoreBenchmark;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.SelectionReason;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench bench ui [N]}: the installed workbench as an auditor meets it, on a register of
 * 10,000 checked institutions with a campaign of 1,000 cases: start to the Institutions view showing
 * the register, filtering it (each filter timed until the table is repainted), opening the campaign
 * editor until its pages show the campaign, and whether the window keeps the size and place it was
 * given across the restart. The workbench does the steps itself when asked by the environment
 * ({@code AUDITBENCH_BENCH_UI}, see the ui bundle's {@code UiBenchmarkRun}) and exits as a user would;
 * every start gets other window bounds, which the next start must show. One warm-up start, then N (5)
 * measured; the medians are judged.
 */
public final class UiBenchmark implements Benchmark {

    private static final int CASES = 1_000;
    /** The bounds each start gives the window, in turn ("x,y,width,height"). */
    private static final List<String> BOUNDS = List.of("40,30,1000,700", "80,60,1150,780");

    @Override
    public String description() {
        return "workbench with 10,000 institutions and a 1,000-case campaign: start, filter, campaign editor, window kept (median of 5, warm)";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        int rounds = args.isEmpty() ? 5 : Integer.parseInt(args.get(0));
        Path script = InstalledProduct.script();
        Path work = Files.createTempDirectory("auditbench-bench-ui");
        try {
            Path data = work.resolve("data");
            long campaign = storeTheRegister(work, data);
            double[] usable = new double[rounds];
            double[] filter = new double[rounds];
            double[] editor = new double[rounds];
            int kept = 0;
            try (XDisplay display = XDisplay.find(work)) {
                Start previous = start(script, data, display, work.resolve("run-warmup"), campaign, BOUNDS.get(0));
                for (int i = 0; i < rounds; i++) {
                    Start start = start(script, data, display, work.resolve("run-" + i), campaign, BOUNDS.get((i + 1) % BOUNDS.size()));
                    usable[i] = start.usableSeconds;
                    filter[i] = start.slowestFilterMillis;
                    editor[i] = start.campaignMillis;
                    boolean same = start.window.equals(previous.resized);
                    kept += same ? 1 : 0;
                    context.out().printf("  start %d: usable after %.2f s, slowest filter %.1f ms, campaign editor %.0f ms, window %s (%s)%n",
                            i + 1, usable[i], filter[i], editor[i], start.window, same ? "as left" : "left as " + previous.resized);
                    previous = start;
                }
            }
            double usableMedian = InstalledProduct.median(usable);
            double filterMedian = InstalledProduct.median(filter);
            double editorMedian = InstalledProduct.median(editor);
            return List.of(
                    new BenchmarkRow("start to usable window, 10,000 institutions (median of " + rounds + ")", usableMedian, "s", "< 3 s",
                            usableMedian < 3),
                    new BenchmarkRow("filter the 10,000 in the Institutions view, slowest of 5 filters (median)", filterMedian, "ms",
                            "< 100 ms", filterMedian < 100),
                    new BenchmarkRow("open the campaign editor on 1,000 cases (median)", editorMedian, "ms", "< 1000 ms", editorMedian < 1000),
                    new BenchmarkRow("restarts that showed the window as it was left", kept, "of " + rounds, "all", kept == rounds));
        } finally {
            BenchmarkWork.delete(work);
        }
    }

    /** 10,000 institutions, each with a check of its first mail domain, and a campaign of every tenth one; the campaign's id. */
    private static long storeTheRegister(Path work, Path data) throws Exception {
        Path csv = work.resolve("institutions.csv");
        StoreBenchmark.writeInstitutions(csv);
        try (AuditStore store = AuditStore.open(data)) {
            InstitutionImport.importFile(csv, store, new NullProgressMonitor());
            List<Institution> register = store.institutions().loadAll();
            store.scanRuns().save(StoreBenchmark.scanRun(register));
            AuditFactory f = AuditFactory.eINSTANCE;
            Campaign campaign = f.createCampaign();
            campaign.setTitle("Exchange-Schwachstellen (bench ui)");
            campaign.setTemplateId("proxylogon-2021");
            campaign.setCreatedOn(new Date());
            int step = register.size() / CASES;
            for (int i = 0; i < CASES; i++) {
                AuditCase auditCase = f.createAuditCase();
                auditCase.setInstitution(register.get(i * step));
                auditCase.setSelectionReason(SelectionReason.RANDOM_SAMPLE);
                auditCase.setState(CaseState.SCANNED);
                campaign.getCases().add(auditCase);
            }
            store.campaigns().save(campaign);
            return campaign.getId();
        }
    }

    /** Starts the workbench, lets it do the steps and waits until it has exited; what it wrote. */
    private static Start start(Path script, Path data, XDisplay display, Path out, long campaign, String bounds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "--data", data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display.name());
        env.put("AUDITBENCH_BENCH_UI", out.toString());
        env.put("AUDITBENCH_BENCH_UI_CAMPAIGN", Long.toString(campaign));
        env.put("AUDITBENCH_BENCH_UI_BOUNDS", bounds);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        try {
            if (!process.waitFor(InstalledProduct.START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("the workbench did not finish the bench's steps within " + InstalledProduct.START_LIMIT.toSeconds()
                        + " s" + (Files.exists(out) ? "; it wrote: " + Files.readString(out, StandardCharsets.UTF_8) : ""));
            }
        } finally {
            InstalledProduct.end(process);
        }
        if (!Files.exists(out)) {
            throw new IOException("the workbench ended (exit code " + process.exitValue() + ") before its window was usable");
        }
        return Start.read(Files.readAllLines(out, StandardCharsets.UTF_8), started);
    }

    /** What one start wrote: seconds to usable, the window as it opened and as it was left, the timings. */
    private record Start(double usableSeconds, String window, String resized, double slowestFilterMillis, double campaignMillis) {

        static Start read(List<String> lines, long started) throws IOException {
            double usable = -1;
            String window = null;
            String resized = null;
            double filter = -1;
            double campaign = -1;
            List<String> seen = new ArrayList<>();
            for (String line : lines) {
                seen.add(line);
                String[] words = line.split(" ", 2);
                String rest = words.length > 1 ? words[1] : "";
                switch (words[0]) {
                    case "failed" -> throw new IOException("the workbench's bench steps failed: " + rest);
                    case "usable" -> usable = (Long.parseLong(rest) - started) / 1000.0;
                    case "window" -> window = rest.substring(0, rest.lastIndexOf(' ')) + (rest.endsWith("true") ? " maximized" : "");
                    case "resized" -> resized = rest;
                    case "filter" -> filter = Math.max(filter, Long.parseLong(rest.split(" ")[0]) / 1000.0);
                    case "campaign" -> campaign = Double.parseDouble(rest);
                    default -> { // "exit"
                    }
                }
            }
            if (usable < 0 || window == null || resized == null || filter < 0 || campaign < 0) {
                throw new IOException("the workbench did not finish the bench's steps; it wrote: " + seen);
            }
            return new Start(usable, window, resized, filter, campaign);
        }
    }
}
