package org.auditbench.cli.internal.store;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.io.InstitutionExport;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/** {@code auditbench export --institutions FILE.csv}: the register as CSV. */
public final class ExportCommand extends StoreCommand {

    @Override
    public String usage() {
        return "--institutions FILE.csv" + PASSWORD_USAGE + "   export the institutions as CSV";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        if (args.size() != 2 || !args.get(0).equals("--institutions")) {
            throw new UsageException("expected --institutions FILE.csv");
        }
        Path file = Path.of(args.get(1));
        try (AuditStore store = open(options, context)) {
            List<Institution> institutions = store.institutions().loadAll();
            InstitutionExport.toCsv(institutions, file);
            context.out().printf("%d institution(s) written to %s%n", institutions.size(), file);
            return ExitCode.OK;
        }
    }
}
