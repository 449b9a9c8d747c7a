package org.auditbench.cli;

import java.util.List;

/**
 * One benchmark suite of {@code auditbench bench SUITE}, contributed through the extension point
 * {@code org.auditbench.cli.benchmarks}. It measures and returns rows; the command prints them as a
 * table. Benchmarks work in their own temporary data and contact loopback addresses only.
 */
public interface Benchmark {

    /** One line for {@code auditbench bench} without arguments. */
    String description();

    /** Runs the suite; {@code args} are the words after the suite name. */
    List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception;
}
