package org.auditbench.core.scan;

import java.util.Collection;
import java.util.Set;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServerKind;

/**
 * What an institution's latest scans say about its own Exchange, in one word: the Phase 1 result an
 * auditor reads first. The gravest finding decides; "patched" needs a finding that says so and no
 * doubt left, because a wrong "patched" is the worst possible answer.
 */
public enum InstitutionVerdict {
    /** Never checked: no domain scan at all. */
    NOT_CHECKED,
    /** A check found an unpatched hole. */
    VULNERABLE,
    /** An Exchange version without security updates. */
    OUT_OF_SUPPORT,
    /** An own Exchange seen, every verdict on it "not vulnerable". */
    PATCHED,
    /** No own Exchange, mail handled by Microsoft 365. */
    MICROSOFT_365,
    /** Mail servers classified, none of them an own Exchange. */
    NO_EXCHANGE,
    /** Exchange seen without a clear verdict, or no server could be classified. */
    UNDETERMINED;

    /** The verdict over {@code scans}, usually the institution's latest scan of each mail domain. */
    public static InstitutionVerdict of(Collection<DomainScan> scans) {
        if (scans.isEmpty()) {
            return NOT_CHECKED;
        }
        if (anyFinding(scans, CheckStatus.VULNERABLE)) {
            return VULNERABLE;
        }
        if (anyFinding(scans, CheckStatus.OUT_OF_SUPPORT)) {
            return OUT_OF_SUPPORT;
        }
        Set<MailServerKind> kinds = ScanFindings.serverKinds(scans);
        if (kinds.contains(MailServerKind.EXCHANGE_ONPREM)) {
            return anyFinding(scans, CheckStatus.NOT_VULNERABLE) && !anyFinding(scans, CheckStatus.UNDETERMINED) ? PATCHED : UNDETERMINED;
        }
        if (kinds.contains(MailServerKind.MICROSOFT_365)) {
            return MICROSOFT_365;
        }
        kinds.remove(MailServerKind.UNKNOWN);
        kinds.remove(MailServerKind.NO_ANSWER);
        return kinds.isEmpty() ? UNDETERMINED : NO_EXCHANGE;
    }

    private static boolean anyFinding(Collection<DomainScan> scans, CheckStatus status) {
        return scans.stream().flatMap(s -> s.getObservations().stream()).anyMatch(o -> o.getStatus() == status);
    }
}
