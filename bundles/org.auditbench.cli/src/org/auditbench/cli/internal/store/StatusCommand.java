package org.auditbench.cli.internal.store;

import java.util.List;
import java.util.Map;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/** {@code auditbench status}: where the data is, its schema version and the rows of every table. */
public final class StatusCommand extends StoreCommand {

    @Override
    public String usage() {
        return PASSWORD_USAGE.strip() + "   the data directory, schema version and row counts per table";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        noArguments(args);
        try (AuditStore store = open(options, context)) {
            context.out().println("data directory  " + context.dataDirectory());
            context.out().println("database        " + store.location());
            context.out().println("schema version  " + store.schemaVersion());
            for (Map.Entry<String, Long> count : store.counts().entrySet()) {
                context.out().printf("%-15s %,d%n", count.getKey(), count.getValue());
            }
        }
        return ExitCode.OK;
    }
}
