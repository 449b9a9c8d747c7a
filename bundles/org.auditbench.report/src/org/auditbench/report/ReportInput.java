package org.auditbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.auditbench.core.BadInputException;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;

/**
 * A report run as its {@link ReportData} sees it: the session on the store and what the request named,
 * loaded. A case scope gives its campaign and institution too; a scan run scope its campaign, if any.
 */
public record ReportInput(WorkflowSession session, ReportScope scope, Optional<Campaign> campaign,
        Optional<AuditCase> auditCase, Optional<Institution> institution, List<ScanRun> runs, LocalDate date,
        Locale locale, ReportRequest request) {

    /** The campaign, or a refusal that names the report's scope. */
    public Campaign requireCampaign() throws BadInputException {
        return campaign.orElseThrow(() -> new BadInputException("this report needs a campaign, not " + request.describe()));
    }

    public Institution requireInstitution() throws BadInputException {
        return institution.orElseThrow(() -> new BadInputException("this report needs an institution, not " + request.describe()));
    }

    /** A text parameter. */
    public Optional<String> text(String name) {
        return request.text(name);
    }
}
