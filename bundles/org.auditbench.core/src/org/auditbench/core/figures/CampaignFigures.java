package org.auditbench.core.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.Dates;
import org.auditbench.core.gaps.Gap;
import org.auditbench.core.gaps.GapRule;
import org.auditbench.core.gaps.GapRules;
import org.auditbench.core.gaps.Microsoft365ContradictsScan;
import org.auditbench.core.gaps.NoExchangeContradictsScan;
import org.auditbench.core.gaps.StatementFacts;
import org.auditbench.core.scan.ScanFindings;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Statement;

/**
 * Where a campaign stands on a given day: the figures of each case ({@link CaseFigures}) and the counts a
 * compliance overview prints. Everything is computed here from the stored campaign and scans, with the
 * same rules the workflow uses (gap rules, deadlines), so a report only prints it.
 */
public final class CampaignFigures {

    private final List<CaseFigures> cases;
    private final LocalDate asOf;

    private CampaignFigures(List<CaseFigures> cases, LocalDate asOf) {
        this.cases = cases;
        this.asOf = asOf;
    }

    /**
     * @param latestScans the newest scan of each mail domain of an institution (the store's)
     */
    public static CampaignFigures of(Campaign campaign, CampaignTemplate template,
            Function<Institution, List<DomainScan>> latestScans, LocalDate asOf) {
        List<CaseFigures> cases = new ArrayList<>();
        for (AuditCase auditCase : campaign.getCases()) {
            cases.add(figures(auditCase, template, latestScans.apply(auditCase.getInstitution()),
                    campaign.getVulnerabilityReferences(), asOf));
        }
        cases.sort(Comparator.comparing((CaseFigures c) -> c.auditCase().getInstitution().getName(), String.CASE_INSENSITIVE_ORDER));
        return new CampaignFigures(List.copyOf(cases), asOf);
    }

    /**
     * Where one case stands (an institution's dossier), judged as in {@link #of}.
     *
     * @param latest the newest scan of each mail domain of the case's institution
     */
    public static CaseFigures ofCase(AuditCase auditCase, CampaignTemplate template, List<DomainScan> latest, LocalDate asOf) {
        return figures(auditCase, template, latest, auditCase.getCampaign().getVulnerabilityReferences(), asOf);
    }

    private static CaseFigures figures(AuditCase auditCase, CampaignTemplate template, List<DomainScan> latest,
            List<String> checkIds, LocalDate asOf) {
        Phase1Finding finding = Phase1Findings.of(latest, checkIds);
        Optional<LocalDate> scannedOn = latest.stream().filter(s -> s.getCheckedAt() != null).map(s -> Dates.of(s.getCheckedAt()))
                .max(Comparator.naturalOrder());
        Set<String> providers = new TreeSet<>();
        latest.stream().flatMap(s -> s.getMailServers().stream()).flatMap(m -> m.getAddresses().stream())
                .map(CampaignFigures::provider).flatMap(Optional::stream).forEach(providers::add);
        Optional<Statement> statement = auditCase.getStatements().stream().filter(s -> s.getReceivedOn() != null)
                .max(Comparator.comparing(Statement::getReceivedOn));
        List<Gap> gaps = statement.map(s -> GapRules.check(new StatementFacts(s, ScanFindings.serverKinds(latest),
                template.timeline(), asOf))).orElse(List.of());
        Optional<Contradiction> contradiction = statement.flatMap(s -> contradiction(s, gaps, finding, scannedOn));
        int openFollowUps = auditCase.getAssessment() == null ? 0
                : (int) auditCase.getAssessment().getFollowUps().stream().filter(f -> !f.isDone()).count();
        return new CaseFigures(auditCase, finding, scannedOn, providers, CaseDeadline.of(auditCase),
                CaseDeadline.isOverdue(auditCase, asOf), statement, gaps, contradiction, openFollowUps);
    }

    /**
     * The statement's claim that the latest scan contradicts: Microsoft 365 or "no Exchange" as the gap
     * rules judge it, or a patch reported while a scan after the patch day still found the server vulnerable.
     */
    private static Optional<Contradiction> contradiction(Statement statement, List<Gap> gaps, Phase1Finding finding,
            Optional<LocalDate> scannedOn) {
        LocalDate claimedOn = Dates.of(statement.getReceivedOn());
        LocalDate scanned = scannedOn.orElse(null);
        if (gaps.stream().anyMatch(g -> g.ruleId().equals(Microsoft365ContradictsScan.ID))) {
            return Optional.of(new Contradiction(Claim.MICROSOFT_365, claimedOn, finding, scanned));
        }
        if (gaps.stream().anyMatch(g -> g.ruleId().equals(NoExchangeContradictsScan.ID))) {
            return Optional.of(new Contradiction(Claim.NO_EXCHANGE, claimedOn, finding, scanned));
        }
        Optional<LocalDate> patchedOn = statement.getMeasures().stream()
                .filter(m -> m.getKind() == MeasureKind.PATCH_INSTALLED && m.getDate() != null).map(m -> Dates.of(m.getDate()))
                .max(Comparator.naturalOrder());
        if (finding == Phase1Finding.EXCHANGE_VULNERABLE && patchedOn.isPresent() && scanned != null
                && scanned.isAfter(patchedOn.get())) {
            return Optional.of(new Contradiction(Claim.PATCHED, claimedOn, finding, scanned));
        }
        return Optional.empty();
    }

    private static Optional<String> provider(NetAddress address) {
        if (address.getProvider() == null) {
            return Optional.empty();
        }
        String organisation = address.getProvider().getOrganisation();
        return Optional.of((organisation == null || organisation.isBlank() ? "?" : organisation) + " (AS"
                + address.getProvider().getAsNumber() + ")");
    }

    /** The cases, by institution name. */
    public List<CaseFigures> cases() {
        return cases;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Cases per state, every state listed (in the workflow's order). */
    public Map<CaseState, Integer> byState() {
        Map<CaseState, Integer> counts = zeros(CaseState.class);
        cases.forEach(c -> counts.merge(c.auditCase().getState(), 1, Integer::sum));
        return counts;
    }

    /** Institutions per Phase 1 finding, every finding listed. */
    public Map<Phase1Finding, Integer> byFinding() {
        Map<Phase1Finding, Integer> counts = zeros(Phase1Finding.class);
        cases.forEach(c -> counts.merge(c.finding(), 1, Integer::sum));
        return counts;
    }

    /** The {@code limit} providers hosting the most institutions' mail servers (ties by name). */
    public Map<String, Integer> topProviders(int limit) {
        Map<String, Integer> counts = new HashMap<>();
        cases.forEach(c -> c.providers().forEach(p -> counts.merge(p, 1, Integer::sum)));
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Institutions with a stored scan. */
    public int scanned() {
        return (int) cases.stream().filter(c -> c.finding() != Phase1Finding.NOT_SCANNED).count();
    }

    /** Cases with at least one letter sent. */
    public int lettersSent() {
        return (int) cases.stream().filter(c -> c.auditCase().getLetters().stream().anyMatch(l -> l.getSentOn() != null)).count();
    }

    public int overdue() {
        return (int) cases.stream().filter(CaseFigures::overdue).count();
    }

    /** Cases with at least one statement. */
    public int statementsReceived() {
        return (int) cases.stream().filter(c -> c.latestStatement().isPresent()).count();
    }

    /** Gaps found per rule (in the latest statements), every built-in rule listed by its id. */
    public Map<String, Integer> gapsByRule() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        GapRules.builtIn().stream().map(GapRule::id).forEach(id -> counts.put(id, 0));
        cases.forEach(c -> c.gaps().forEach(g -> counts.merge(g.ruleId(), 1, Integer::sum)));
        return counts;
    }

    /** Assessments per verdict, every verdict listed. */
    public Map<AssessmentVerdict, Integer> byVerdict() {
        Map<AssessmentVerdict, Integer> counts = zeros(AssessmentVerdict.class);
        cases.stream().filter(c -> c.auditCase().getAssessment() != null && c.auditCase().getAssessment().getVerdict() != null)
                .forEach(c -> counts.merge(c.auditCase().getAssessment().getVerdict(), 1, Integer::sum));
        return counts;
    }

    public int assessed() {
        return byVerdict().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Follow-up actions not yet done, over all cases. */
    public int openFollowUps() {
        return cases.stream().mapToInt(CaseFigures::openFollowUps).sum();
    }

    /** The cases whose statement the latest scan contradicts. */
    public List<CaseFigures> contradictions() {
        return cases.stream().filter(c -> c.contradiction().isPresent()).toList();
    }

    /** The day of the oldest and of the newest scan the findings rest on; empty when nothing was scanned. */
    public Optional<LocalDate> firstScan() {
        return cases.stream().map(CaseFigures::scannedOn).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> lastScan() {
        return cases.stream().map(CaseFigures::scannedOn).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Whether the findings rest on scans of more than one day (a report must say so). */
    public boolean mixedScanDates() {
        return !firstScan().equals(lastScan());
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }
}
