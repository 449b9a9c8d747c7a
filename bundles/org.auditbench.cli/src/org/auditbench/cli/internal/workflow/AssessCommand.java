package org.auditbench.cli.internal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.FollowUp;

/**
 * {@code auditbench assess --campaign ID --institution ID --verdict V --reasons TEXT [--follow-up TEXT --due D]...}:
 * the auditor's verdict on a case; each {@code --follow-up} needs its {@code --due} date, in the same order.
 */
public final class AssessCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "--campaign ID --institution ID --verdict " + AssessmentVerdict.VALUES + " --reasons TEXT"
                + " [--follow-up TEXT --due D]...   assess a case";
    }

    @Override
    String name() {
        return "assess";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--campaign", "--institution", "--verdict", "--reasons", "--follow-up", "--due"),
                Set.of());
        options.noPositional();
        long campaignId = options.requiredNumber("--campaign");
        long institutionId = options.requiredNumber("--institution");
        AssessmentVerdict verdict = verdict(options.required("--verdict"));
        String reasons = options.required("--reasons");
        List<FollowUp> followUps = followUps(options.all("--follow-up"), options.all("--due"));
        return (session, context) -> {
            Assessment assessment = new CaseDesk(session).assess(campaignId, institutionId, verdict, reasons, followUps);
            context.out().println("institution " + institutionId + " in campaign " + campaignId + " assessed: "
                    + assessment.getVerdict() + " (" + followUps.size() + " follow-up action(s))");
            return ExitCode.OK;
        };
    }

    private static AssessmentVerdict verdict(String text) throws UsageException {
        for (AssessmentVerdict verdict : AssessmentVerdict.VALUES) {
            if (verdict.getName().equalsIgnoreCase(text)) {
                return verdict;
            }
        }
        throw new UsageException("--verdict: '" + text + "' is not one of " + AssessmentVerdict.VALUES);
    }

    private static List<FollowUp> followUps(List<String> actions, List<String> dues) throws UsageException {
        if (actions.size() != dues.size()) {
            throw new UsageException("each --follow-up needs its --due date (" + actions.size() + " follow-up(s), "
                    + dues.size() + " due date(s))");
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            FollowUp followUp = AuditFactory.eINSTANCE.createFollowUp();
            followUp.setAction(actions.get(i));
            followUp.setDueDate(Dates.of(Options.date("--due", dues.get(i))));
            followUps.add(followUp);
        }
        return followUps;
    }
}
