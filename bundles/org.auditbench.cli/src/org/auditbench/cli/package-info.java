/**
 * The command line's API for plug-ins: a command (CliCommand) or a benchmark suite (Benchmark,
 * BenchmarkRow), contributed through the extension points org.auditbench.cli.commands and
 * org.auditbench.cli.benchmarks, run with a CliContext (data directory, output streams); ExitCode
 * and UsageException say how a command ended.
 */
package org.auditbench.cli;
