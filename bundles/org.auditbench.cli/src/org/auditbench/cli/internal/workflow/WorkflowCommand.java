package org.auditbench.cli.internal.workflow;

import java.time.Clock;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.internal.store.StoreCommand;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/**
 * A command of the audit workflow: opens the store of the data directory (with its password, see
 * {@link StoreCommand}) for the user running it, and reports refused steps and bad input as exit code 1
 * with the reason; nothing is stored then.
 */
abstract class WorkflowCommand extends StoreCommand {

    @Override
    protected final int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        Invocation invocation = parse(args);
        try (AuditStore store = open(options, context)) {
            WorkflowSession session = new WorkflowSession(store, System.getProperty("user.name"), Clock.systemDefaultZone(),
                    CampaignTemplates.builtIn());
            return invocation.run(session, context);
        } catch (BadInputException e) {
            context.err().println("auditbench " + name() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    /** The command's word, for messages. */
    abstract String name();

    /** Checks the arguments before the store is opened, so wrong usage costs nothing. */
    abstract Invocation parse(List<String> args) throws Exception;

    /** A parsed command, ready to run against the store. */
    @FunctionalInterface
    interface Invocation {
        int run(WorkflowSession session, CliContext context) throws Exception;
    }
}
