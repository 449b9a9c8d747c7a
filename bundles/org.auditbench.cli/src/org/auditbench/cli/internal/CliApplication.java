package org.auditbench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code auditbench [--data DIR] [--db URL] COMMAND ...}. The start script
 * passes the data directory as {@code -Dauditbench.data} and the server as {@code -Dauditbench.db};
 * {@code --data} and {@code --db} given here win.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code;
        try {
            code = run(new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw)));
        } catch (Throwable e) { // what escapes here Equinox would print on standard output, and exit with status 0
            System.err.println("auditbench: " + Failure.describe(e));
            code = ExitCode.FAILURE;
        }
        System.out.flush();
        System.err.flush();
        return code; // Equinox exits with an Integer the application returns
    }

    static int run(List<String> args) {
        GlobalOptions options;
        try {
            options = GlobalOptions.parse(args, Path.of(System.getProperty("auditbench.data", System.getProperty("user.home")
                    + "/.auditbench")), System.getProperty("auditbench.db"));
        } catch (UsageException e) {
            System.err.println("auditbench: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        CliContext context = new CliContext(options.dataDirectory(), System.out, System.err, options.databaseUrl());
        List<String> command = options.command();
        if (command.isEmpty()) {
            return new HelpCommand().run(List.of(), context);
        }
        return new CommandRunner(CommandRegistry.fromExtensions()).run(command.get(0), command.subList(1, command.size()), context);
    }

    @Override
    public void stop() {
        // Commands run to their end or are cancelled by the JVM shutting down.
    }

    /** Exit code for a command name nobody contributed. */
    static int unknown(String name, CliContext context) {
        context.err().println("auditbench: unknown command '" + name + "' (auditbench help lists the commands)");
        return ExitCode.BAD_INPUT;
    }
}
