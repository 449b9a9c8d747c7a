package org.auditbench.cli.internal;

import java.util.List;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;

/** {@code auditbench help}: lists the commands with their usage. */
public final class HelpCommand implements CliCommand {

    @Override
    public String usage() {
        return "   list the commands";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        context.out().println("usage: auditbench [--data DIR] COMMAND [ARGS]   (data directory: " + context.dataDirectory() + ")");
        context.out().println("       auditbench [--data DIR]                  opens the workbench");
        context.out().println("       --db 'jdbc:postgresql://HOST:PORT/DB?user=NAME' before the command: the store on a shared"
                + " PostgreSQL server (password from AUDITBENCH_DB_PASSWORD, PGPASSFILE, DATA/pgpass or ~/.pgpass)");
        CommandRegistry registry = CommandRegistry.fromExtensions();
        for (String name : registry.names()) {
            try {
                context.out().printf("  %-14s %s%n", name, registry.find(name).orElseThrow().usage());
            } catch (Exception e) {
                context.out().printf("  %-14s (cannot load: %s)%n", name, e.getMessage());
            }
        }
        return ExitCode.OK;
    }
}
