package org.auditbench.core.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;

/**
 * What changed for one institution between two scan runs: its domains' changes ({@link ScanDelta}), its
 * verdict in each run ({@link InstitutionVerdict}) and the trend the verdicts show. The trend rests on the
 * verdicts only, so a changed address with the same verdict is "changed", neither better nor worse; and
 * only verdicts that say something are compared: a server that stopped answering (undetermined) or an
 * institution not checked is a change to look at, never an improvement.
 */
public record InstitutionDelta(Institution institution, InstitutionVerdict before, InstitutionVerdict after,
        List<DomainChange> changes) {

    public Trend trend() {
        int earlier = gravity(before);
        int later = gravity(after);
        if (earlier >= 0 && later >= 0 && earlier != later) {
            return later < earlier ? Trend.IMPROVED : Trend.REGRESSED;
        }
        return changes.isEmpty() && before == after ? Trend.UNCHANGED : Trend.CHANGED;
    }

    /**
     * Every institution scanned in either run, by name. Domain scans without an institution (a scan of
     * loose domains) are left out.
     */
    public static List<InstitutionDelta> between(ScanRun earlier, ScanRun later) {
        Map<Long, Institution> institutions = new LinkedHashMap<>();
        Map<Long, List<DomainScan>> before = byInstitution(earlier.getDomainScans(), institutions);
        Map<Long, List<DomainScan>> after = byInstitution(later.getDomainScans(), institutions);
        List<InstitutionDelta> deltas = new ArrayList<>();
        institutions.forEach((id, institution) -> {
            List<DomainScan> b = before.getOrDefault(id, List.of());
            List<DomainScan> a = after.getOrDefault(id, List.of());
            deltas.add(new InstitutionDelta(institution, InstitutionVerdict.of(b), InstitutionVerdict.of(a), ScanDelta.between(b, a)));
        });
        deltas.sort(Comparator.comparing((InstitutionDelta d) -> d.institution().getName(), String.CASE_INSENSITIVE_ORDER));
        return deltas;
    }

    private static Map<Long, List<DomainScan>> byInstitution(Collection<DomainScan> scans, Map<Long, Institution> institutions) {
        Map<Long, List<DomainScan>> byInstitution = new LinkedHashMap<>();
        for (DomainScan scan : scans) {
            if (scan.getInstitution() != null) {
                institutions.putIfAbsent(scan.getInstitution().getId(), scan.getInstitution());
                byInstitution.computeIfAbsent(scan.getInstitution().getId(), id -> new ArrayList<>()).add(scan);
            }
        }
        return byInstitution;
    }

    /**
     * How grave a verdict is: an open hole worst, no own Exchange or a patched one best; -1 for a verdict
     * that cannot be compared (undetermined, not checked).
     */
    private static int gravity(InstitutionVerdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED, UNDETERMINED -> -1;
            case VULNERABLE -> 2;
            case OUT_OF_SUPPORT -> 1;
            case PATCHED, MICROSOFT_365, NO_EXCHANGE -> 0;
        };
    }
}
