package org.auditbench.ui.internal.reports;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportScope;

/**
 * What a report is run on, taken from the workbench selection: a campaign, a case, an institution or a
 * scan run, with the reports contributed for its scope and the words its file name carries.
 *
 * @param label how the dialog names it ("Hafnium 2021", "Hafnium 2021: Stadtverwaltung Münster")
 * @param fileWord the scope in a file name, umlauts written out ("Stadtverwaltung-Muenster")
 */
record ReportTarget(ReportScope scope, long id, long institutionId, String label, String fileWord) {

    /** The target an element of the workbench stands for, empty for anything a report cannot be run on. */
    static Optional<ReportTarget> of(Object element) {
        if (element instanceof Campaign campaign) {
            return Optional.of(new ReportTarget(ReportScope.CAMPAIGN, campaign.getId(), 0, campaign.getTitle(), word(campaign.getTitle())));
        }
        if (element instanceof AuditCase auditCase && auditCase.getCampaign() != null && auditCase.getInstitution() != null) {
            Institution institution = auditCase.getInstitution();
            return Optional.of(new ReportTarget(ReportScope.CASE, auditCase.getCampaign().getId(), institution.getId(),
                    auditCase.getCampaign().getTitle() + ": " + institution.getName(), word(institution.getName())));
        }
        if (element instanceof Institution institution) {
            return Optional.of(new ReportTarget(ReportScope.INSTITUTION, institution.getId(), 0, institution.getName(),
                    word(institution.getName())));
        }
        if (element instanceof ScanRun run) {
            return Optional.of(new ReportTarget(ReportScope.SCAN_RUN, run.getId(), 0, "#" + run.getId(), "scan-run-" + run.getId()));
        }
        return Optional.empty();
    }

    /** The reports contributed for this scope, in contribution order. */
    List<ReportDefinition> reports() {
        return reportsOn(scope);
    }

    static List<ReportDefinition> reportsOn(ReportScope scope) {
        return ReportCatalog.all().stream().filter(r -> r.scopes().contains(scope)).toList();
    }

    ReportRequest request() {
        return switch (scope) {
            case CAMPAIGN -> ReportRequest.campaign(id);
            case CASE -> ReportRequest.auditCase(id, institutionId);
            case INSTITUTION -> ReportRequest.institution(id);
            case SCAN_RUN -> ReportRequest.scanRun(id);
        };
    }

    /** A name as a file name carries it: umlauts and ß written out, other accents dropped, blanks as hyphens. */
    static String word(String name) {
        String spelled = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
        String plain = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String word = plain.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return word.isEmpty() ? "report" : word.length() > 60 ? word.substring(0, 60) : word;
    }
}
