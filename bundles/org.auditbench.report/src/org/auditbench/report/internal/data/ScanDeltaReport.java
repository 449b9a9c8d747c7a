package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.Dates;
import org.auditbench.core.scan.DomainChange;
import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.core.scan.Trend;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.report.ReportData;
import org.auditbench.report.ReportInput;

/**
 * Fills {@code designs/document.rptdesign} with what changed per institution between two scan runs of a
 * campaign (the two asked for, by default its last two), as core's {@link InstitutionDelta} finds it:
 * improvements and regressions counted and listed apart, then the other changes, then the unchanged
 * institutions by name. Keys: {@code document.*}.
 */
public final class ScanDeltaReport implements ReportData {

    @Override
    public Map<String, Object> collect(ReportInput input) throws BadInputException {
        Campaign campaign = input.requireCampaign();
        List<ScanRun> runs = input.runs().size() == 2 ? input.runs() : lastTwo(input, campaign);
        // named the other way round, the runs are still compared in the order they were scanned
        boolean swapped = runs.get(0).getId() > runs.get(1).getId();
        ScanRun earlier = runs.get(swapped ? 1 : 0);
        ScanRun later = runs.get(swapped ? 0 : 1);
        List<InstitutionDelta> deltas = InstitutionDelta.between(earlier, later);
        Map<Trend, List<InstitutionDelta>> byTrend = new EnumMap<>(Trend.class);
        for (Trend trend : Trend.values()) {
            byTrend.put(trend, deltas.stream().filter(d -> d.trend() == trend).toList());
        }
        Lines lines = new Lines(input.locale());
        lines.heading(lines.label("delta.summary"))
                .count("delta.improved", byTrend.get(Trend.IMPROVED).size())
                .count("delta.regressed", byTrend.get(Trend.REGRESSED).size())
                .count("delta.changed", byTrend.get(Trend.CHANGED).size())
                .count("delta.unchanged", byTrend.get(Trend.UNCHANGED).size());
        String before = lines.label("delta.before", String.valueOf(earlier.getId()), started(earlier));
        String after = lines.label("delta.after", String.valueOf(later.getId()), started(later));
        section(lines, "delta.regressed", byTrend.get(Trend.REGRESSED), before, after);
        section(lines, "delta.improved", byTrend.get(Trend.IMPROVED), before, after);
        section(lines, "delta.changed", byTrend.get(Trend.CHANGED), before, after);
        List<InstitutionDelta> unchanged = byTrend.get(Trend.UNCHANGED);
        lines.heading(lines.label("delta.unchangedList") + " (" + unchanged.size() + ")");
        lines.text(unchanged.isEmpty() ? lines.label("none")
                : unchanged.stream().map(d -> name(d.institution())).collect(Collectors.joining(", ")));
        if (unchanged.size() == deltas.size()) {
            lines.text(lines.label("delta.nothingChanged"));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("document.title", lines.label("delta.title", campaign.getTitle()));
        context.put("document.subtitle", lines.label("delta.subtitle", String.valueOf(earlier.getId()), started(earlier),
                String.valueOf(later.getId()), started(later)));
        context.put("document.dates", ScanDates.describe(input.locale(), checkedOn(earlier, true), checkedOn(later, false)));
        context.put("report.footer", lines.label("delta.title", campaign.getTitle()));
        context.put(Lines.KEY, lines.list());
        return context;
    }

    /** The campaign's last two runs, the earlier first. */
    private static List<ScanRun> lastTwo(ReportInput input, Campaign campaign) throws BadInputException {
        List<ScanRun> runs = input.session().store().scanRuns().list().stream()
                .filter(r -> r.getCampaign() != null && r.getCampaign().getId() == campaign.getId()).toList();
        if (runs.size() < 2) {
            throw new BadInputException("campaign " + campaign.getId() + " has " + runs.size()
                    + " scan run(s); the delta report compares two (rescan the campaign, or name two runs with --runs A B)");
        }
        ScanRun earlier = load(input, runs.get(runs.size() - 2).getId());
        return List.of(earlier, load(input, runs.get(runs.size() - 1).getId()));
    }

    private static ScanRun load(ReportInput input, long id) throws BadInputException {
        return input.session().store().scanRuns().load(id).orElseThrow(() -> new BadInputException("there is no scan run " + id));
    }

    private static void section(Lines lines, String labelKey, List<InstitutionDelta> deltas, String before, String after) {
        lines.heading(lines.label(labelKey) + " (" + deltas.size() + ")");
        if (deltas.isEmpty()) {
            lines.text(lines.label("none"));
        }
        for (InstitutionDelta delta : deltas) {
            lines.subheading(name(delta.institution()) + ": " + lines.label("delta.verdicts",
                    lines.label("institutionVerdict." + delta.before().name()), lines.label("institutionVerdict." + delta.after().name())));
            String domain = null;
            for (DomainChange change : delta.changes()) {
                if (!change.domain().equals(domain)) {
                    domain = change.domain();
                    lines.text(lines.label("dossier.domain") + ": " + domain);
                    lines.headerTexts(lines.label("delta.what"), lines.label("delta.subject"), before, after);
                }
                lines.row(lines.label("aspect." + change.aspect().name()), change.subject(),
                        value(lines, change, change.before()), value(lines, change, change.after()));
            }
        }
    }

    /** A value of a change in the report's words: kinds, statuses and routing labelled, hosts and providers as found. */
    private static String value(Lines lines, DomainChange change, String value) {
        if (value == null) {
            return lines.label("delta.absent");
        }
        return switch (change.aspect()) {
            case CLASSIFICATION -> lines.label("server." + value);
            case CHECK_STATUS -> lines.label("status." + value);
            case MX_KIND -> lines.label("mx." + value);
            case DOMAIN -> lines.label("delta.scanned");
            case OPEN_PORT -> lines.label("delta.open");
            // core writes a server's facts as "preference 10, implicit"
            case MAIL_SERVER -> value.replace("preference", lines.label("delta.preference")).replace("implicit", lines.label("delta.implicit"));
            default -> value;
        };
    }

    private static String name(Institution institution) {
        return institution.getName() + (institution.getFileNumber() == null ? "" : " (" + institution.getFileNumber() + ")");
    }

    private static Date started(ScanRun run) {
        return run.getStartedAt();
    }

    /** The first (or last) day a domain of the run was checked on. */
    private static Optional<LocalDate> checkedOn(ScanRun run, boolean first) {
        Comparator<LocalDate> order = first ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return run.getDomainScans().stream().filter(s -> s.getCheckedAt() != null).map(s -> Dates.of(s.getCheckedAt())).min(order);
    }
}
