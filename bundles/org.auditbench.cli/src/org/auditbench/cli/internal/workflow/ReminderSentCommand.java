package org.auditbench.cli.internal.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.core.CaseDesk;

/**
 * {@code auditbench reminder-sent --campaign ID --institution ID --date D --deadline D}: a reminder went
 * out after the first deadline had passed.
 */
public final class ReminderSentCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "--campaign ID --institution ID --date D --deadline D   a reminder with a new deadline was sent";
    }

    @Override
    String name() {
        return "reminder-sent";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--campaign", "--institution", "--date", "--deadline"), Set.of());
        options.noPositional();
        long campaignId = options.requiredNumber("--campaign");
        long institutionId = options.requiredNumber("--institution");
        LocalDate sentOn = options.requiredDate("--date");
        LocalDate deadline = options.requiredDate("--deadline");
        return (session, context) -> {
            new CaseDesk(session).recordReminderSent(campaignId, institutionId, sentOn, deadline);
            context.out().println("institution " + institutionId + " in campaign " + campaignId + ": reminder sent on " + sentOn
                    + ", new deadline " + deadline);
            return ExitCode.OK;
        };
    }
}
