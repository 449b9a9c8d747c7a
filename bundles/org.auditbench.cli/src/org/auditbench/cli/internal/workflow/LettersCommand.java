package org.auditbench.cli.internal.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.core.WorkflowSession;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.RequestLetters;
import org.eclipse.core.runtime.NullProgressMonitor;



/**
 * {@code auditbench letters ID [--date D] [--deadline D] [--out DIR]}: writes the request letter (PDF,
 * German) of every scanned case of campaign ID and records it as generated. The authority comes from
 * {@code authority.properties} in the data directory.
 */
public final class LettersCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "ID [--date D] [--deadline D] [--out DIR]   write the request letters of the scanned cases of campaign ID"
                + " (default: today, the template's time to answer, DATA/letters/campaign-ID)";
    }

    @Override
    String name() {
        return "letters";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--date", "--deadline", "--out"), Set.of());
        long campaignId = options.id("campaign id");
        LocalDate letterDate = options.optionalDate("--date").orElse(LocalDate.now());
        LocalDate deadline = options.optionalDate("--deadline").orElse(null);
        Path out = options.optional("--out").map(Path::of).orElse(null);
        return (session, context) -> write(session, context, campaignId, letterDate, deadline, out);
    }

    private static int write(WorkflowSession session, CliContext context, long campaignId, LocalDate letterDate,
            LocalDate deadline, Path givenOut) throws Exception {
        Path out = givenOut != null ? givenOut : context.dataDirectory().resolve("letters").resolve("campaign-" + campaignId);
        List<Path> written = new RequestLetters(session, Authority.load(context.dataDirectory()))
                .write(campaignId, letterDate, deadline, out, new NullProgressMonitor());
        written.forEach(context.out()::println);
        context.out().println("campaign " + campaignId + ": " + written.size() + " letter(s) written to " + out);
        return ExitCode.OK;
    }
}
