package org.auditbench.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.io.ImportException;
import org.auditbench.io.ImportProblem;
import org.auditbench.io.ImportReport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code auditbench import FILE}: institutions from CSV or XLSX, all or nothing. */
public final class ImportCommand extends StoreCommand {

    @Override
    public String usage() {
        return "FILE" + PASSWORD_USAGE + "   import institutions from CSV or XLSX (all or nothing)";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        Path file = Path.of(single(args, "the file to import"));
        if (!Files.isRegularFile(file)) {
            context.err().println(file + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        try (AuditStore store = open(options, context)) {
            ImportReport report = InstitutionImport.importFile(file, store, new NullProgressMonitor());
            report.notes().forEach(note -> context.out().println(report.source() + ": " + note));
            context.out().printf("%s: %d institution(s) created, %d updated%n", report.source(), report.created(),
                    report.updated());
            return ExitCode.OK;
        } catch (ImportException e) {
            for (ImportProblem problem : e.problems()) {
                context.err().println(problem);
            }
            context.err().printf("%s: nothing imported (%d problem(s))%n", file.getFileName(), e.problems().size());
            return ExitCode.BAD_INPUT;
        }
    }
}
