package org.auditbench.cli.internal.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;
import org.auditbench.report.ReportScope;

/**
 * {@code auditbench report list | run ID (--campaign ID | --institution ID | --case CAMPAIGN:INSTITUTION |
 * --scan-run ID) [--runs A B] [--date D] [--language de|en] --format F --out FILE}: the contributed reports,
 * and one of them run into a file. The file is written completely or not at all; the labels follow the
 * Java locale unless {@code --language} says otherwise.
 */
public final class ReportCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "list | run ID (--campaign ID | --institution ID | --case CAMPAIGN:INSTITUTION | --scan-run ID) [--runs A B]\n"
                + "                 [--date D] [--language de|en] --format pdf|docx|xlsx|html --out FILE"
                + "   the reports (id, name, scope, formats); run one into FILE";
    }

    @Override
    String name() {
        return "report";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("give a sub-command: list or run");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
        case "list" -> {
            new Options(rest, Set.of(), Set.of()).noPositional();
            yield (session, context) -> list(context);
        }
        case "run" -> run(rest);
        default -> throw new UsageException("unknown sub-command '" + args.get(0) + "' (list or run)");
        };
    }

    private static int list(CliContext context) {
        for (ReportDefinition report : ReportCatalog.all()) {
            context.out().println(report.id() + "\t" + report.name() + "\t"
                    + report.scopes().stream().map(ReportScope::attribute).collect(Collectors.joining(",")) + "\t"
                    + report.formats().stream().map(ReportFormat::birtName).collect(Collectors.joining(",")));
        }
        return ExitCode.OK;
    }

    private static Invocation run(List<String> args) throws UsageException {
        List<String> words = new ArrayList<>(args);
        List<Long> runs = runs(words);
        Options options = new Options(words, Set.of("--campaign", "--institution", "--case", "--scan-run", "--date", "--language",
                "--format", "--out"), Set.of());
        String id = options.positional().size() == 1 ? options.positional().get(0) : null;
        if (id == null) {
            throw new UsageException("give the report id (see auditbench report list)");
        }
        ReportDefinition report = ReportCatalog.find(id)
                .orElseThrow(() -> new UsageException("there is no report '" + id + "' (see auditbench report list)"));
        ReportFormat format;
        try {
            format = ReportFormat.of(options.required("--format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        ReportRequest request = scope(options);
        if (!runs.isEmpty()) {
            request.runs(runs.get(0), runs.get(1));
        }
        options.optionalDate("--date").ifPresent(request::asOf);
        request.locale(options.optional("--language").map(Locale::forLanguageTag).orElse(Locale.getDefault()));
        Path out = Path.of(options.required("--out"));
        try {
            ReportRunner.check(report, request, format);
        } catch (BadInputException e) {
            throw new UsageException(e.getMessage());
        }
        return (session, context) -> write(session, context, report, request, format, out);
    }

    /** Takes {@code --runs A B} out of the words: the only option with two values. */
    private static List<Long> runs(List<String> words) throws UsageException {
        int at = words.indexOf("--runs");
        if (at < 0) {
            return List.of();
        }
        if (at + 2 >= words.size()) {
            throw new UsageException("--runs needs two scan run ids (the earlier first)");
        }
        List<Long> runs = List.of(Options.number("--runs", words.get(at + 1)), Options.number("--runs", words.get(at + 2)));
        words.subList(at, at + 3).clear();
        return runs;
    }

    private static ReportRequest scope(Options options) throws UsageException {
        List<String> given = new ArrayList<>();
        for (String scope : List.of("--campaign", "--institution", "--case", "--scan-run")) {
            if (options.optional(scope).isPresent()) {
                given.add(scope);
            }
        }
        if (given.size() != 1) {
            throw new UsageException("give exactly one of --campaign, --institution, --case or --scan-run"
                    + (given.isEmpty() ? "" : " (not " + String.join(" and ", given) + ")"));
        }
        String option = given.get(0);
        return switch (option) {
        case "--campaign" -> ReportRequest.campaign(options.requiredNumber(option));
        case "--institution" -> ReportRequest.institution(options.requiredNumber(option));
        case "--scan-run" -> ReportRequest.scanRun(options.requiredNumber(option));
        default -> {
            String[] parts = options.required(option).split(":", -1);
            if (parts.length != 2) {
                throw new UsageException("--case: '" + options.required(option) + "' is not CAMPAIGN:INSTITUTION");
            }
            yield ReportRequest.auditCase(Options.number(option, parts[0]), Options.number(option, parts[1]));
        }
        };
    }

    /** Renders into a file beside the target and moves it into place, so a failed run leaves no half file. */
    private static int write(WorkflowSession session, CliContext context, ReportDefinition report, ReportRequest request,
            ReportFormat format, Path out) throws BadInputException, IOException {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".report", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                new ReportRunner(session).run(report, request, format, stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (ReportException e) {
            context.err().println("auditbench report: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            Files.deleteIfExists(partial);
        }
        context.out().println(report.id() + " (" + request.describe() + ", " + format.birtName() + ") written to " + out);
        return ExitCode.OK;
    }
}
