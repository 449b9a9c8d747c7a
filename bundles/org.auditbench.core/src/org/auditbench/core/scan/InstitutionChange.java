package org.auditbench.core.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;

/**
 * What changed for one institution between two scan runs: its verdict before and after and the changes
 * of its mail domains. The verdict decides whether it got better or worse, because that is what the
 * auditor follows up.
 */
public record InstitutionChange(Institution institution, InstitutionVerdict before, InstitutionVerdict after,
        List<DomainChange> changes) {

    /** Whether the institution's standing got better, worse, or only details changed. */
    public enum Direction {
        IMPROVED, REGRESSED, CHANGED, UNCHANGED
    }

    /**
     * Better or worse only between two verdicts that say something: a server that stopped answering
     * (undetermined) or a domain not checked is a change to look at, never an improvement.
     */
    public Direction direction() {
        if (before == after) {
            return changes.isEmpty() ? Direction.UNCHANGED : Direction.CHANGED;
        }
        if (!determinate(before) || !determinate(after) || gravity(before) == gravity(after)) {
            return Direction.CHANGED;
        }
        return gravity(after) < gravity(before) ? Direction.IMPROVED : Direction.REGRESSED;
    }

    private static boolean determinate(InstitutionVerdict verdict) {
        return verdict != InstitutionVerdict.UNDETERMINED && verdict != InstitutionVerdict.NOT_CHECKED;
    }

    /** How grave a determinate verdict is: an open hole worst, no own Exchange or a patched one best. */
    private static int gravity(InstitutionVerdict verdict) {
        return switch (verdict) {
        case VULNERABLE -> 2;
        case OUT_OF_SUPPORT -> 1;
        default -> 0;
        };
    }

    /** Every institution scanned in either run, by name, with what changed for it. */
    public static List<InstitutionChange> between(ScanRun earlier, ScanRun later) {
        Map<Long, Institution> institutions = new LinkedHashMap<>();
        for (ScanRun run : List.of(later, earlier)) {
            run.getDomainScans().stream().map(DomainScan::getInstitution).filter(i -> i != null)
                    .forEach(i -> institutions.putIfAbsent(i.getId(), i));
        }
        List<DomainChange> all = ScanDelta.between(earlier, later);
        List<InstitutionChange> result = new ArrayList<>();
        for (Institution institution : institutions.values()) {
            Set<String> domains = domainsOf(institution.getId(), earlier, later);
            List<DomainChange> own = all.stream().filter(c -> domains.contains(c.domain())).toList();
            result.add(new InstitutionChange(institution, verdict(institution.getId(), earlier),
                    verdict(institution.getId(), later), own));
        }
        result.sort(Comparator.comparing((InstitutionChange c) -> String.valueOf(c.institution().getName()))
                .thenComparingLong(c -> c.institution().getId()));
        return result;
    }

    private static InstitutionVerdict verdict(long institutionId, ScanRun run) {
        return InstitutionVerdict.of(scansOf(institutionId, run).toList());
    }

    private static Set<String> domainsOf(long institutionId, ScanRun earlier, ScanRun later) {
        return Stream.concat(scansOf(institutionId, earlier), scansOf(institutionId, later))
                .map(s -> s.getDomainName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Stream<DomainScan> scansOf(long institutionId, ScanRun run) {
        return run.getDomainScans().stream().filter(s -> s.getInstitution() != null && s.getInstitution().getId() == institutionId);
    }
}
