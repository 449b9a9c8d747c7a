package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.auditbench.core.BadInputException;
import org.auditbench.core.Dates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.report.ReportData;
import org.auditbench.report.ReportInput;
import org.auditbench.report.ReportScope;

/**
 * Fills {@code designs/document.rptdesign} with everything Auditbench holds on one institution: its record,
 * every scan run with its findings and evidence excerpts, and per case (one on a case scope, all its
 * campaigns' on an institution scope) the letters, statements, gaps, assessment, follow-ups and the case's
 * audit trail. Every result carries its date. Keys: {@code document.*}.
 */
public final class InstitutionDossier implements ReportData {

    @Override
    public Map<String, Object> collect(ReportInput input) throws BadInputException {
        Institution institution = input.requireInstitution();
        WorkflowSession session = input.session();
        List<ScanRun> runs = session.store().scanRuns().runsOf(institution);
        List<DomainScan> latest = session.store().scanRuns().latestDomainScans(institution);
        Lines lines = new Lines(input.locale());
        record(institution, lines);
        new ScanHistory(lines).print(runs);
        List<AuditCase> cases = cases(input);
        if (cases.isEmpty()) {
            lines.heading(lines.label("dossier.cases")).text(lines.label("dossier.noCases"));
        }
        CaseRecord caseRecord = new CaseRecord(lines, session, input.date());
        for (AuditCase auditCase : cases) {
            caseRecord.print(auditCase, latest);
        }
        new Trail(lines).print(lines.label("dossier.institutionTrail"), session.store().auditTrail().about("Institution", institution.getId()));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("document.title", lines.label("dossier.title", institution.getName()));
        context.put("document.subtitle", lines.label("dossier.subtitle", Optional.ofNullable(institution.getFileNumber()).orElse("–"),
                Dates.of(input.date())));
        context.put("document.dates", ScanDates.describe(input.locale(),
                checkedOn(runs).min(Comparator.naturalOrder()), checkedOn(runs).max(Comparator.naturalOrder())));
        context.put("report.footer", institution.getName() + (institution.getFileNumber() == null ? "" : " · " + institution.getFileNumber()));
        context.put(Lines.KEY, lines.list());
        return context;
    }

    private static Stream<LocalDate> checkedOn(List<ScanRun> runs) {
        return runs.stream().flatMap(r -> r.getDomainScans().stream()).filter(s -> s.getCheckedAt() != null)
                .map(s -> Dates.of(s.getCheckedAt()));
    }

    private static void record(Institution institution, Lines lines) {
        String address = Stream.of(institution.getStreet(),
                Stream.of(institution.getPostcode(), institution.getCity()).filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(" ")))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        String contact = Stream.of(institution.getContactPerson(), institution.getContactEmail())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        lines.heading(lines.label("dossier.institution"))
                .pair("dossier.name", institution.getName())
                .pair("dossier.kind", institution.getKind())
                .pair("dossier.address", address)
                .pair("dossier.contact", contact)
                .pair("dossier.fileNumber", institution.getFileNumber())
                .pair("dossier.domains", institution.getMailDomains().stream().map(MailDomain::getName).collect(Collectors.joining(", ")))
                .pair("dossier.reportedBreach", institution.isReportedBreach() ? lines.label("annex.yes") : null);
    }

    /** The case the scope names, or every case of the institution in any campaign (oldest campaign first). */
    private static List<AuditCase> cases(ReportInput input) throws BadInputException {
        if (input.scope() == ReportScope.CASE) {
            return List.of(input.auditCase().orElseThrow());
        }
        long institutionId = input.requireInstitution().getId();
        List<AuditCase> cases = new ArrayList<>();
        for (Campaign listed : input.session().store().campaigns().list()) {
            Campaign campaign = input.session().campaign(listed.getId());
            campaign.getCases().stream().filter(c -> c.getInstitution().getId() == institutionId).forEach(cases::add);
        }
        return cases;
    }
}
