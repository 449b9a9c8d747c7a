package org.auditbench.cli.internal.workflow;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.report.LetterData;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.RequestLetterComposer;

/**
 * {@code auditbench letters ID [--date D] [--deadline D] [--out DIR]}: writes the request letter (PDF,
 * German) of every scanned case of campaign ID and records it as generated. The authority comes from
 * {@code authority.properties} in the data directory.
 */
public final class LettersCommand extends WorkflowCommand {

    static final String REQUEST_LETTER = "org.auditbench.report.letter.request";

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
            LocalDate givenDeadline, Path givenOut) throws Exception {
        Campaign campaign = session.campaign(campaignId, session.store().institutions().loadAll());
        CampaignTemplate template = session.template(campaign);
        LocalDate deadline = givenDeadline != null ? givenDeadline : letterDate.plusDays(template.deadlineOffsetDays());
        Path out = givenOut != null ? givenOut : context.dataDirectory().resolve("letters").resolve("campaign-" + campaignId);
        Files.createDirectories(out);
        RequestLetterComposer composer = new RequestLetterComposer(Authority.load(context.dataDirectory()));
        ReportDefinition design = ReportCatalog.find(REQUEST_LETTER).orElseThrow();
        ReportRenderer renderer = new ReportRenderer();
        CaseDesk cases = new CaseDesk(session);
        int written = 0;
        for (AuditCase auditCase : campaign.getCases()) {
            if (auditCase.getState() != CaseState.SCANNED) {
                continue;
            }
            Institution institution = auditCase.getInstitution();
            List<DomainScan> scans = session.store().scanRuns().latestDomainScans(institution);
            LetterData letter = composer.compose(template, institution, scans, institution.getFileNumber(), letterDate, deadline);
            String fileName = institution.getId() + "-" + slug(institution.getName()) + ".pdf";
            Path file = out.resolve(fileName);
            try (OutputStream stream = Files.newOutputStream(file)) {
                renderer.render(design, Map.of(), letter.appContext(), ReportFormat.PDF, Locale.GERMAN, stream);
            }
            cases.recordLetterGenerated(campaignId, institution.getId(), file.toString());
            context.out().println(file);
            written++;
        }
        context.out().println("campaign " + campaignId + ": " + written + " letter(s) written to " + out + ", deadline " + deadline);
        return ExitCode.OK;
    }

    static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "ss");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
