package org.auditbench.cli.internal.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.BuildTables;

/**
 * {@code auditbench builds show | import FILE}: the Exchange build table the scans use, and loading a
 * newer one (same TSV format as the shipped table) into the data directory without a new release. A
 * file that does not load is refused with its line, and the table in use stays as it was.
 */
public final class BuildsCommand implements CliCommand {

    @Override
    public String usage() {
        return "show | import FILE   the Exchange build table of the scans: its state, source and size; load a newer one";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.size() == 1 && args.get(0).equals("show")) {
            return show(context);
        }
        if (args.size() == 2 && args.get(0).equals("import")) {
            return importTable(Path.of(args.get(1)), context);
        }
        throw new UsageException("expected 'builds show' or 'builds import FILE'");
    }

    private static int show(CliContext context) {
        ScanSettings settings = BuildTables.withImported(ScanSettings.defaults(), context.dataDirectory());
        BuildTable table = BuildTables.of(settings);
        Optional<Path> imported = BuildTables.imported(context.dataDirectory());
        String where = settings.options().containsKey(BuildTables.OPTION) ? imported.get().toString()
                : "shipped with the product" + imported.map(f -> " (the imported " + f + " is older)").orElse("");
        LocalDate today = LocalDate.now();
        context.out().println("build table  " + where);
        long age = BuildTables.ageInDays(table, today);
        context.out().println("state        " + table.state() + (age >= 0 ? " (" + age + " days ago)" : ""));
        context.out().println("source       " + table.source());
        context.out().println("builds       " + table.size());
        if (BuildTables.stale(table, today)) {
            context.err().println("auditbench builds: warning: the table is older than " + BuildTables.MAX_AGE_DAYS
                    + " days; load a newer one with 'auditbench builds import FILE'");
        }
        return ExitCode.OK;
    }

    private static int importTable(Path file, CliContext context) throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + " is no file");
        }
        BuildTable table;
        try {
            table = BuildTables.importInto(context.dataDirectory(), file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "; the table in use is unchanged", e);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        context.out().println(file + ": " + table.size() + " builds, state " + table.state() + ", stored as "
                + context.dataDirectory().resolve(BuildTables.FILE_NAME) + "; scans use it from now on");
        return ExitCode.OK;
    }
}
