package org.auditbench.cli.internal.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.core.Attachments;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.StatementJson;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.Statement;

/**
 * {@code auditbench statement add --campaign ID --institution ID --file statement.json}: records a
 * statement in its JSON form (see {@link StatementJson}) and shows the gaps the rules find in it.
 */
public final class StatementCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "add --campaign ID --institution ID --file statement.json [--max-attachment-mb N]   record a statement"
                + " with its measures and evidence (files in its folder, each at most N MB, default "
                + Attachments.DEFAULT_MAX_MEGABYTES + "), then list its gaps";
    }

    @Override
    String name() {
        return "statement";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            throw new UsageException("give the sub-command: add");
        }
        Options options = new Options(args.subList(1, args.size()), Set.of("--campaign", "--institution", "--file",
                "--max-attachment-mb"), Set.of());
        long campaignId = options.requiredNumber("--campaign");
        long institutionId = options.requiredNumber("--institution");
        Path file = options.file("--file");
        Attachments attachments = attachmentLimit(options);
        return (session, context) -> {
            Statement statement = StatementJson.read(file, attachments);
            List<Gap> gaps = new CaseDesk(session).recordStatement(campaignId, institutionId, statement);
            context.out().println("statement " + statement.getId() + " recorded for institution " + institutionId + " in campaign "
                    + campaignId + ": " + statement.getKind() + ", " + statement.getMeasures().size() + " measure(s), "
                    + statement.getAttachments().size() + " attachment(s), " + gaps.size() + " gap(s)");
            CampaignPrinter.gaps(gaps, context, "  ");
            return ExitCode.OK;
        };
    }

    private static Attachments attachmentLimit(Options options) throws UsageException {
        Optional<String> limit = options.optional("--max-attachment-mb");
        if (limit.isEmpty()) {
            return Attachments.withDefaultLimit();
        }
        long megabytes = Options.number("--max-attachment-mb", limit.get());
        if (megabytes < 1 || megabytes > 2000) {
            throw new UsageException("--max-attachment-mb: '" + limit.get() + "' is not between 1 and 2000");
        }
        return Attachments.ofMegabytes((int) megabytes);
    }
}
