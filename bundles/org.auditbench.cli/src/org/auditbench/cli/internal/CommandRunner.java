package org.auditbench.cli.internal;

import java.util.List;
import java.util.Optional;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;

/** Runs one command and turns whatever it throws into a one-line message and an exit code. */
public final class CommandRunner {

    private final CommandRegistry registry;

    public CommandRunner(CommandRegistry registry) {
        this.registry = registry;
    }

    public int run(String name, List<String> args, CliContext context) {
        Optional<CliCommand> command;
        try {
            command = registry.find(name);
        } catch (Exception e) {
            context.err().println("auditbench " + name + ": cannot load the command: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (command.isEmpty()) {
            return CliApplication.unknown(name, context);
        }
        try {
            return command.get().run(args, context);
        } catch (UsageException e) {
            context.err().println("auditbench " + name + ": " + e.getMessage());
            context.err().println("usage: auditbench [--data DIR] " + name + " " + command.get().usage());
            return ExitCode.BAD_INPUT;
        } catch (Throwable e) { // also the heap or the stack exhausted: a message and exit code 2, never status 0
            context.err().println("auditbench " + name + ": " + Failure.describe(e));
            if (Failure.traceWanted()) {
                e.printStackTrace(context.err());
            }
            return ExitCode.FAILURE;
        }
    }
}
