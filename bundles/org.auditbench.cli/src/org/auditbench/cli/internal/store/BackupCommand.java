package org.auditbench.cli.internal.store;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/** {@code auditbench backup DIR}: a consistent copy of the database into DIR (new or empty, outside the data directory). */
public final class BackupCommand extends StoreCommand {

    @Override
    public String usage() {
        return "DIR" + PASSWORD_USAGE + "   back up the database into DIR, a new or empty folder (restore with: restore DIR)";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        Path directory = Path.of(single(args, "the backup directory")).toAbsolutePath();
        try (AuditStore store = open(options, context)) {
            store.backup(directory);
        }
        context.out().println("backup written to " + directory);
        return ExitCode.OK;
    }
}
