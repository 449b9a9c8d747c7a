package org.auditbench.store.bench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.internal.BenchmarkWork;
import org.auditbench.cli.internal.store.StoreBenchmark;
import org.auditbench.store.StoreOptions;
import org.auditbench.testing.postgres.PostgresServer;

/**
 * {@code auditbench bench team}: the store on a PostgreSQL server of its own (started on 127.0.0.1 in a
 * temporary folder, commits durable): the import and loading figures of {@code bench store} there, and
 * four clients recording statements and assessments at once on a campaign of 2,000 cases.
 *
 * <p>Arguments (smaller runs for tests): {@code [--cases N] [--steps N]} (steps per client).
 */
public final class TeamBenchmark implements Benchmark {

    @Override
    public String description() {
        return "PostgreSQL: import 10,000 institutions, load 100,000 observations, 4 clients on a 2,000-case campaign";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        int cases = option(args, "--cases", 2_000);
        int steps = option(args, "--steps", 250);
        boolean withStore = !args.contains("--clients-only");
        Path work = Files.createTempDirectory("auditbench-bench-team");
        List<BenchmarkRow> rows = new ArrayList<>();
        try (PostgresServer server = PostgresServer.start(true)) {
            context.out().println("PostgreSQL started on 127.0.0.1:" + server.port());
            if (withStore) {
                rows.addAll(StoreBenchmark.measure(work, StoreOptions.defaults().withServer(server.newDatabase(), server.password()),
                        " on PostgreSQL", context));
            }
            StoreOptions clients = StoreOptions.defaults().withServer(server.newDatabase(), server.password());
            rows.addAll(new ConcurrentCaseWork(work.resolve("clients"), clients, cases, steps).measure(context));
        } finally {
            BenchmarkWork.delete(work);
        }
        return rows;
    }

    private static int option(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a number");
        }
        return Integer.parseInt(args.get(at + 1));
    }
}
