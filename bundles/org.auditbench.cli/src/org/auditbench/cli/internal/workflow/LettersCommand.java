package org.auditbench.cli.internal.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.letters.LetterRun;
import org.auditbench.core.letters.WrittenLetter;
import org.auditbench.model.LetterKind;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.MailMerge;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench letters ID [--kind request|reminder] [--format pdf|docx] [--combined FILE] [--out DIR]
 * [--date D] [--deadline D]}: the letters of campaign ID (German), one file per case plus, with
 * {@code --combined}, one PDF of all of them for printing; each recorded on its case. Request letters go
 * to the cases whose letter is not yet sent (written again after a correction), reminders to the overdue
 * cases. Cases without a usable Phase 1 result are named with the reason; no letter written at all is a
 * failure that says why. The authority comes from {@code authority.properties} in the data directory.
 */
public final class LettersCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "ID [--kind request|reminder] [--format pdf|docx] [--combined FILE] [--out DIR] [--date D] [--deadline D]"
                + "   write the letters of campaign ID, one per case (default: request, pdf, today, the template's"
                + " time to answer, DATA/letters/campaign-ID)";
    }

    @Override
    String name() {
        return "letters";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        Options options = new Options(args, Set.of("--kind", "--format", "--combined", "--date", "--deadline", "--out"), Set.of());
        long campaignId = options.id("campaign id");
        LetterKind kind = kind(options.optional("--kind").orElse("request"));
        ReportFormat format = format(options.optional("--format").orElse("pdf"));
        LocalDate letterDate = options.optionalDate("--date").orElse(LocalDate.now());
        LocalDate deadline = options.optionalDate("--deadline").orElse(null);
        Path out = options.optional("--out").map(Path::of).orElse(null);
        Path combined = options.optional("--combined").map(Path::of).orElse(null);
        return (session, context) -> write(session, context, campaignId, kind, format, letterDate, deadline, out, combined);
    }

    private static LetterKind kind(String word) throws UsageException {
        return switch (word) {
            case "request" -> LetterKind.REQUEST;
            case "reminder" -> LetterKind.REMINDER;
            default -> throw new UsageException("--kind is request or reminder, not '" + word + "'");
        };
    }

    private static ReportFormat format(String word) throws UsageException {
        if (!word.equals("pdf") && !word.equals("docx")) {
            throw new UsageException("--format is pdf or docx, not '" + word + "'");
        }
        return ReportFormat.of(word);
    }

    private static int write(WorkflowSession session, CliContext context, long campaignId, LetterKind kind, ReportFormat format,
            LocalDate letterDate, LocalDate deadline, Path givenOut, Path combined) throws Exception {
        Path out = givenOut != null ? givenOut : context.dataDirectory().resolve("letters").resolve("campaign-" + campaignId);
        LetterRun run = new MailMerge(session, Authority.load(context.dataDirectory()))
                .write(campaignId, kind, format, letterDate, deadline, out, combined, new NullProgressMonitor());
        Locale locale = Locale.getDefault();
        run.written().stream().map(WrittenLetter::file).forEach(context.out()::println);
        run.skippedLines(locale).forEach(context.out()::println);
        if (run.written().isEmpty()) {
            context.err().println("auditbench letters: campaign " + campaignId + ": " + run.summary(locale));
            return ExitCode.BAD_INPUT;
        }
        if (combined != null) {
            context.out().println("combined PDF for printing: " + combined);
        }
        context.out().println("campaign " + campaignId + ": " + run.summary(locale));
        return ExitCode.OK;
    }
}
