package org.auditbench.cli.internal.store;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/**
 * {@code auditbench restore DIR}: replaces the database by the backup in DIR once the store has checked
 * the backup completely; a refused backup leaves the database as it was (exit code 1).
 */
public final class RestoreCommand extends StoreCommand {

    @Override
    public String usage() {
        return "DIR" + PASSWORD_USAGE + "   replace the database by the backup in DIR";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        Path directory = Path.of(single(args, "the backup directory")).toAbsolutePath();
        try (AuditStore store = AuditStore.restore(context.dataDirectory(), directory, options)) {
            context.out().printf("restored %s from %s: %d institution(s)%n", context.dataDirectory(), directory,
                    store.institutions().count());
        }
        return ExitCode.OK;
    }
}
