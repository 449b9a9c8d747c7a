package org.auditbench.cli.internal.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/**
 * {@code auditbench db copy --to TARGET}: copies the store (of {@code --data} or {@code --db}) into a new,
 * empty one: a PostgreSQL server ({@code jdbc:postgresql://...}, its password from
 * {@value #TARGET_PASSWORD_VARIABLE} or a pgpass file) or the embedded database of another data
 * directory. The copy is verified table by table; a target that is not empty is refused.
 */
public final class DbCommand extends StoreCommand {

    static final String TARGET_PASSWORD_VARIABLE = "AUDITBENCH_TARGET_DB_PASSWORD";

    @Override
    public String usage() {
        return "copy --to URL|DIR" + PASSWORD_USAGE + "   copy the whole store to a PostgreSQL server (URL) or a data directory (DIR)";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        if (args.size() != 3 || !args.get(0).equals("copy") || !args.get(1).equals("--to")) {
            throw new UsageException("expected: db copy --to URL|DIR, got " + args);
        }
        String to = args.get(2);
        boolean server = to.startsWith("jdbc:");
        Path targetData = server ? context.dataDirectory() : Path.of(to).toAbsolutePath().normalize();
        StoreOptions target = server ? StoreOptions.defaults().withServer(to, targetPassword(to, context)) : StoreOptions.defaults();
        Map<String, Long> copied;
        try (AuditStore store = open(options, context)) {
            copied = store.copyTo(targetData, target);
            context.out().println("copied " + store.location() + " to " + (server ? target.serverPlace() : targetData));
        }
        for (Map.Entry<String, Long> count : copied.entrySet()) {
            context.out().printf("%-15s %,d%n", count.getKey(), count.getValue());
        }
        context.out().println("verified: every table has as many rows as the source");
        return ExitCode.OK;
    }

    private static String targetPassword(String url, CliContext context) {
        String given = System.getenv(TARGET_PASSWORD_VARIABLE);
        return given != null ? given : ServerPassword.fromFile(url, context.dataDirectory());
    }
}
