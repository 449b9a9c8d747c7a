package org.auditbench.cli;

import java.util.List;

/**
 * One sub-command of the command line, contributed through the extension point
 * {@code org.auditbench.cli.commands}.
 */
public interface CliCommand {

    /** One line for {@code auditbench help}: the arguments and what the command does. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#BAD_INPUT} or {@link ExitCode#FAILURE}
     * @throws UsageException when the arguments are wrong (exit code 1, message and usage printed)
     */
    int run(List<String> args, CliContext context) throws Exception;
}
