package org.auditbench.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/** {@code auditbench restore DIR}: replaces the database by the backup in DIR. */
public final class RestoreCommand extends StoreCommand {

    @Override
    public String usage() {
        return "DIR" + PASSWORD_USAGE + "   replace the database by the backup in DIR";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        Path directory = Path.of(single(args, "the backup directory")).toAbsolutePath();
        if (!Files.isDirectory(directory.resolve("db"))) {
            context.err().println(directory + ": no Auditbench backup here (expected its folder db)");
            return ExitCode.BAD_INPUT;
        }
        try (AuditStore store = AuditStore.restore(context.dataDirectory(), directory, options)) {
            context.out().printf("restored %s from %s: %d institution(s)%n", context.dataDirectory(), directory,
                    store.institutions().count());
        }
        return ExitCode.OK;
    }
}
