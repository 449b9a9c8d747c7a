package org.auditbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.internal.store.StoreBenchmark;
import org.auditbench.io.InstitutionImport;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench bench startup [N]}: how long the installed product takes to start, measured from
 * outside as a user meets it, on a data directory with 10,000 institutions: {@code auditbench status}
 * (start script to exit) and the workbench (start script to the Institutions view showing the
 * register, reported by the workbench's startup probe). One warm-up start each (it also lets the
 * command line's and the workbench's ahead-of-time caches be made), then N (5) measured; the medians are judged. The
 * workbench runs on the current display, or on an Xvfb of its own when there is none.
 */
public final class StartupBenchmark implements Benchmark {

    @Override
    public String description() {
        return "start of 'auditbench status' and of the workbench to its usable window, 10,000 institutions (median of 5, warm)";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        int rounds = args.isEmpty() ? 5 : Integer.parseInt(args.get(0));
        Path script = InstalledProduct.script();
        Path work = Files.createTempDirectory("auditbench-bench-startup");
        try {
            Path data = work.resolve("data");
            Path csv = work.resolve("institutions.csv");
            StoreBenchmark.writeInstitutions(csv);
            try (AuditStore store = AuditStore.open(data)) {
                InstitutionImport.importFile(csv, store, new NullProgressMonitor());
            }
            List<BenchmarkRow> rows = new ArrayList<>();
            rows.add(status(script, data, rounds, context));
            try (XDisplay display = XDisplay.find(work)) {
                rows.add(workbench(script, data, display, rounds, context, work));
            }
            return rows;
        } finally {
            BenchmarkWork.delete(work);
        }
    }

    private static BenchmarkRow status(Path script, Path data, int rounds, CliContext context) throws Exception {
        run(script, data, "status");
        Path cache = data.resolve("configuration-cli/auditbench-cli.aot");
        long until = System.currentTimeMillis() + InstalledProduct.START_LIMIT.toMillis();
        while (Files.exists(data.resolve("aot-training")) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        context.out().println("ahead-of-time cache of the command line: " + (Files.exists(cache) ? "used" : "not available"));
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            seconds[i] = run(script, data, "status");
            context.out().printf("  status, start %d: %.2f s%n", i + 1, seconds[i]);
        }
        double median = InstalledProduct.median(seconds);
        return new BenchmarkRow("auditbench status, warm (median of " + rounds + ")", median, "s", "< 1.5 s", median < 1.5);
    }

    private static double run(Path script, Path data, String command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(script.toString(), "--data", data.toString(), command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IOException("'auditbench " + command + "' ended with exit code " + exit);
        }
        return seconds;
    }

    private static BenchmarkRow workbench(Path script, Path data, XDisplay display, int rounds, CliContext context, Path work)
            throws Exception {
        startWorkbench(script, data, display, work.resolve("probe-warmup"));
        context.out().println("ahead-of-time cache of the workbench: "
                + (Files.exists(data.resolve("configuration/auditbench-workbench.aot")) ? "used" : "not available"));
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            seconds[i] = startWorkbench(script, data, display, work.resolve("probe-" + i));
            context.out().printf("  workbench, start %d: %.2f s%n", i + 1, seconds[i]);
        }
        double median = InstalledProduct.median(seconds);
        return new BenchmarkRow("workbench start to usable window, 10,000 institutions (median of " + rounds + ")", median, "s",
                "< 2.5 s", median < 2.5);
    }

    /** Starts the workbench, waits for its probe and ends it; the seconds from start to usable. */
    private static double startWorkbench(Path script, Path data, XDisplay display, Path probe) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "--data", data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display.name());
        env.put("AUDITBENCH_STARTUP_PROBE", probe.toString());
        long start = System.currentTimeMillis();
        Process process = builder.start();
        try {
            long until = start + InstalledProduct.START_LIMIT.toMillis();
            while (!Files.exists(probe)) {
                if (!process.isAlive()) {
                    throw new IOException("the workbench ended before its window was usable (exit code " + process.exitValue() + ")");
                }
                if (System.currentTimeMillis() > until) {
                    throw new IOException("the workbench was not usable within " + InstalledProduct.START_LIMIT.toSeconds() + " s");
                }
                Thread.sleep(10);
            }
            String line = Files.readString(probe, StandardCharsets.UTF_8).strip();
            return (Long.parseLong(line.substring(0, line.indexOf(' '))) - start) / 1000.0;
        } finally {
            InstalledProduct.end(process);
        }
    }
}
