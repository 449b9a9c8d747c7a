package org.auditbench.cli.internal.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.CaseDesk;
import org.auditbench.model.AuditCase;
import org.auditbench.report.letters.Authority;

/** {@code auditbench letters-sent ID --date D [--deadline D]}: the campaign's generated letters went out. */
public final class LettersSentCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "ID --date D [--deadline D]   the generated letters of campaign ID were sent on D"
                + " (deadline: given, or the authority's or else the template's time to answer)";
    }

    @Override
    String name() {
        return "letters-sent";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--date", "--deadline"), Set.of());
        long campaignId = options.id("campaign id");
        LocalDate sentOn = options.requiredDate("--date");
        LocalDate deadline = options.optionalDate("--deadline").orElse(null);
        return (session, context) -> {
            LocalDate due = deadline != null ? deadline : Authority.load(context.dataDirectory()).requestDeadline(sentOn);
            List<AuditCase> sent = new CaseDesk(session).recordLettersSent(campaignId, sentOn, due);
            context.out().println("campaign " + campaignId + ": " + sent.size() + " letter(s) sent on " + sentOn + ", deadline "
                    + CaseDeadline.of(sent.get(0)).orElseThrow());
            return ExitCode.OK;
        };
    }
}
