package org.auditbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** {@code auditbench bench [SUITE [ARGS]]}: runs benchmark suites and prints their figures as a table. */
public final class BenchCommand implements CliCommand {

    static final String EXTENSION_POINT = "org.auditbench.cli.benchmarks";

    @Override
    public String usage() {
        return "[SUITE [ARGS]]   measure speed and memory (without SUITE: list the suites)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Map<String, IConfigurationElement> suites = new TreeMap<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            suites.put(e.getAttribute("name"), e);
        }
        if (args.isEmpty()) {
            for (var suite : suites.entrySet()) {
                Benchmark benchmark = (Benchmark) suite.getValue().createExecutableExtension("class");
                context.out().printf("  %-12s %s%n", suite.getKey(), benchmark.description());
            }
            return ExitCode.OK;
        }
        IConfigurationElement element = suites.get(args.get(0));
        if (element == null) {
            throw new UsageException("unknown benchmark suite '" + args.get(0) + "'; known: " + suites.keySet());
        }
        Benchmark benchmark = (Benchmark) element.createExecutableExtension("class");
        List<BenchmarkRow> rows = benchmark.run(args.subList(1, args.size()), context);
        print(args.get(0), rows, context);
        return rows.stream().allMatch(BenchmarkRow::met) ? ExitCode.OK : ExitCode.FAILURE;
    }

    static void print(String suite, List<BenchmarkRow> rows, CliContext context) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] { "measure (" + suite + ")", "value", "target", "met" });
        for (BenchmarkRow row : rows) {
            cells.add(new String[] { row.measure(), format(row.value()) + " " + row.unit(), row.target(),
                    row.met() ? "yes" : "NO" });
        }
        int[] widths = new int[4];
        for (String[] line : cells) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int n = 0; n < cells.size(); n++) {
            String[] line = cells.get(n);
            context.out().printf("| %-" + widths[0] + "s | %" + widths[1] + "s | %-" + widths[2] + "s | %-" + widths[3] + "s |%n",
                    (Object[]) line);
            if (n == 0) {
                context.out().println("|" + "-".repeat(widths[0] + 2) + "|" + "-".repeat(widths[1] + 2) + "|"
                        + "-".repeat(widths[2] + 2) + "|" + "-".repeat(widths[3] + 2) + "|");
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
