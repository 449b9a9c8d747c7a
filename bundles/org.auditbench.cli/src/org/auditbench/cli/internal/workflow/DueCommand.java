package org.auditbench.cli.internal.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.DueCase;

/** {@code auditbench due [--date D] [--within N]}: cases whose deadline has passed or is near. */
public final class DueCommand extends WorkflowCommand {

    static final int DEFAULT_WITHIN_DAYS = 7;

    @Override
    public String usage() {
        return "[--date D] [--within DAYS]   cases waiting for a statement whose deadline has passed or comes within DAYS"
                + " (default " + DEFAULT_WITHIN_DAYS + ") of D (default today)";
    }

    @Override
    String name() {
        return "due";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--date", "--within"), Set.of());
        options.noPositional();
        LocalDate date = options.optionalDate("--date").orElse(null);
        long within = options.optional("--within").isPresent() ? options.requiredNumber("--within") : DEFAULT_WITHIN_DAYS;
        if (within < 0) {
            throw new UsageException("--within: must not be negative");
        }
        return (session, context) -> {
            LocalDate asOf = date != null ? date : session.steps().today();
            List<DueCase> due = new CaseDesk(session).due(asOf, (int) within);
            context.out().printf("%-9s %-6s %-6s %-32s %-10s %s%n", "campaign", "case", "inst.", "institution", "deadline", "status");
            for (DueCase d : due) {
                context.out().printf("%-9d %-6d %-6d %-32s %-10s %s%n", d.campaign().getId(), d.auditCase().getId(),
                        d.auditCase().getInstitution().getId(), d.auditCase().getInstitution().getName(), d.deadline(),
                        d.overdue() ? "OVERDUE by " + -d.daysLeft() + " day(s)"
                                : d.daysLeft() == 0 ? "due today" : "due in " + d.daysLeft() + " day(s)");
            }
            context.out().println(due.size() + " case(s) due as of " + asOf);
            return ExitCode.OK;
        };
    }
}
