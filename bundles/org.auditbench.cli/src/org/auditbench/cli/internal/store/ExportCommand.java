package org.auditbench.cli.internal.store;

import java.io.OutputStream;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.OutputFile;
import org.auditbench.io.InstitutionExport;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/** {@code auditbench export --institutions FILE.csv|-}: the register as CSV, into the file or onto standard output. */
public final class ExportCommand extends StoreCommand {

    @Override
    public String usage() {
        return "--institutions FILE.csv|-" + PASSWORD_USAGE + "   export the institutions as CSV (- for standard output)";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        if (args.size() != 2 || !args.get(0).equals("--institutions")) {
            throw new UsageException("expected --institutions FILE.csv (or - for standard output)");
        }
        String target = args.get(1);
        try (AuditStore store = open(options, context)) {
            List<Institution> institutions = store.institutions().loadAll();
            try (OutputStream out = OutputFile.open(target, context)) {
                InstitutionExport.toCsv(institutions, out);
            }
            // On standard output the CSV stands alone; the count goes to the messages.
            (OutputFile.isStandardOutput(target) ? context.err() : context.out()).printf("%d institution(s) written to %s%n",
                    institutions.size(), OutputFile.isStandardOutput(target) ? "standard output" : target);
            return ExitCode.OK;
        }
    }
}
