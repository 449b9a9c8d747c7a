package org.auditbench.report.internal.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.auditbench.core.BadInputException;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.figures.CampaignFigures;
import org.auditbench.core.figures.CaseFigures;
import org.auditbench.core.figures.Contradiction;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.report.ReportData;
import org.auditbench.report.ReportInput;
import org.auditbench.report.internal.ReportTexts;

/**
 * Fills {@code designs/campaign-overview.rptdesign}: the campaign's figures as core computes them
 * ({@link CampaignFigures}), labelled in the report's language. Keys: {@code overview.*}.
 */
public final class CampaignOverview implements ReportData {

    @Override
    public Map<String, Object> collect(ReportInput input) throws BadInputException {
        Campaign campaign = input.requireCampaign();
        Map<Long, List<DomainScan>> latest = input.session().store().scanRuns()
                .latestDomainScans(campaign.getCases().stream().map(AuditCase::getInstitution).toList());
        CampaignFigures figures = CampaignFigures.of(campaign, input.session().template(campaign),
                institution -> latest.getOrDefault(institution.getId(), List.of()), input.date());
        Locale locale = input.locale();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("overview.title", campaign.getTitle());
        context.put("overview.subtitle", input.session().template(campaign).title().in(locale));
        context.put("overview.asOf", ReportTexts.label(locale, "report.asOf", Rows.date(figures.asOf())));
        context.put("report.footer", campaign.getTitle() + " · " + context.get("overview.asOf"));
        context.put("overview.scanDates", ScanDates.describe(locale, figures.firstScan(), figures.lastScan()));
        context.put("overview.headline", headline(figures, locale).list());
        Rows states = new Rows();
        figures.byState().forEach((state, count) -> states.count(ReportTexts.label(locale, "state." + state.getName()), count));
        context.put("overview.byState", states.list());
        Rows findings = new Rows();
        figures.byFinding().forEach((finding, count) -> findings.count(ReportTexts.label(locale, "finding." + finding.name()), count));
        context.put("overview.byFinding", findings.list());
        Rows providers = new Rows();
        figures.topProviders(10).forEach(providers::count);
        context.put("overview.byProvider", providers.list());
        Rows gaps = new Rows();
        figures.gapsByRule().forEach((rule, count) -> gaps.count(ReportTexts.label(locale, "gap." + rule), count));
        context.put("overview.gapsByRule", gaps.list());
        Rows verdicts = new Rows();
        figures.byVerdict().forEach((verdict, count) -> verdicts.count(ReportTexts.label(locale, "verdict." + verdict.getName()), count));
        context.put("overview.byVerdict", verdicts.list());
        context.put("overview.contradictions", contradictions(figures, locale).list());
        context.put("overview.institutions", institutions(figures, locale).list());
        return context;
    }

    private static Rows headline(CampaignFigures figures, Locale locale) {
        return new Rows().count(ReportTexts.label(locale, "overview.cases"), figures.cases().size())
                .count(ReportTexts.label(locale, "overview.scanned"), figures.scanned())
                .count(ReportTexts.label(locale, "overview.lettersSent"), figures.lettersSent())
                .count(ReportTexts.label(locale, "overview.statements"), figures.statementsReceived())
                .count(ReportTexts.label(locale, "overview.overdue"), figures.overdue())
                .count(ReportTexts.label(locale, "overview.assessed"), figures.assessed())
                .count(ReportTexts.label(locale, "overview.openFollowUps"), figures.openFollowUps())
                .count(ReportTexts.label(locale, "overview.contradictions"), figures.contradictions().size());
    }

    private static Rows contradictions(CampaignFigures figures, Locale locale) {
        Rows rows = new Rows();
        for (CaseFigures figure : figures.contradictions()) {
            Contradiction contradiction = figure.contradiction().orElseThrow();
            rows.add().put("institution", figure.auditCase().getInstitution().getName())
                    .put("claim", ReportTexts.label(locale, "claim." + contradiction.claim().name()))
                    .put("claimedOn", Rows.date(contradiction.claimedOn()))
                    .put("measured", ReportTexts.label(locale, "finding." + contradiction.measured().name()))
                    .day("scannedOn", Optional.ofNullable(contradiction.scannedOn()));
        }
        return rows;
    }

    private static Rows institutions(CampaignFigures figures, Locale locale) {
        Rows rows = new Rows();
        for (CaseFigures figure : figures.cases()) {
            rows.add().put("institution", figure.auditCase().getInstitution().getName())
                    .put("fileNumber", FileNumberPattern.of(figure.auditCase()))
                    .put("state", ReportTexts.label(locale, "state." + figure.auditCase().getState().getName()))
                    .put("finding", ReportTexts.label(locale, "finding." + figure.finding().name()))
                    .day("scannedOn", figure.scannedOn())
                    .day("deadline", figure.deadline())
                    .put("overdue", figure.overdue() ? ReportTexts.label(locale, "overview.overdueFlag") : "");
        }
        return rows;
    }
}
