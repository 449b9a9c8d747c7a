package org.auditbench.report.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes the request letters of a campaign: one PDF per scanned case, composed from the template, the
 * authority and the case's latest check, and records each as generated. The command line and the
 * workbench both write letters through this class.
 */
public final class RequestLetters {

    public static final String DESIGN = "request-letter";

    private final WorkflowSession session;
    private final Authority authority;

    public RequestLetters(WorkflowSession session, Authority authority) {
        this.session = session;
        this.authority = authority;
    }

    /**
     * @param deadline the deadline printed in the letters, or null for the template's time to answer
     * @return the files written, one per case that was waiting for its letter
     */
    public List<Path> write(long campaignId, LocalDate letterDate, LocalDate deadline, Path directory, IProgressMonitor monitor)
            throws BadInputException, ReportException, IOException {
        Campaign campaign = session.campaign(campaignId);
        CampaignTemplate template = session.template(campaign);
        LocalDate due = deadline != null ? deadline : letterDate.plusDays(template.deadlineOffsetDays());
        List<AuditCase> waiting = campaign.getCases().stream().filter(c -> c.getState() == CaseState.SCANNED).toList();
        SubMonitor progress = SubMonitor.convert(monitor, waiting.size());
        Files.createDirectories(directory);
        RequestLetterComposer composer = new RequestLetterComposer(authority);
        ReportDefinition design = ReportCatalog.find(DESIGN).orElseThrow();
        ReportRenderer renderer = new ReportRenderer();
        CaseDesk cases = new CaseDesk(session);
        List<Path> written = new ArrayList<>();
        for (AuditCase auditCase : waiting) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Institution institution = auditCase.getInstitution();
            progress.subTask(institution.getName());
            Path file = directory.resolve(institution.getId() + "-" + slug(institution.getName()) + ".pdf");
            try (OutputStream stream = Files.newOutputStream(file)) {
                renderer.render(design, Map.of(), composer.compose(template, institution,
                        session.store().scanRuns().latestDomainScans(institution), institution.getFileNumber(), letterDate, due)
                        .appContext(), ReportFormat.PDF, Locale.GERMAN, stream);
            }
            cases.recordLetterGenerated(campaignId, institution.getId(), file.toString());
            written.add(file);
            progress.worked(1);
        }
        return written;
    }

    /** "Pfarrei St. Marien, Köln" -> "pfarrei-st-marien-koln". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
