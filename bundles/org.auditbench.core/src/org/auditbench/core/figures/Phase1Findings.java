package org.auditbench.core.figures;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.auditbench.core.scan.ScanFindings;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.Observation;

/**
 * Reduces an institution's latest scans to one {@link Phase1Finding}. The gravest wins: a vulnerable own
 * Exchange before one out of support, before a patched one; Microsoft 365 and "no Exchange" only when no
 * own Exchange was seen; and when in doubt the finding is UNDETERMINED, never "no Exchange".
 */
public final class Phase1Findings {

    private Phase1Findings() {
    }

    /**
     * @param latest the newest scan of each of the institution's mail domains
     * @param checkIds the checks that judge the campaign's vulnerabilities (the campaign's CVE references)
     */
    public static Phase1Finding of(List<DomainScan> latest, Collection<String> checkIds) {
        if (latest.isEmpty()) {
            return Phase1Finding.NOT_SCANNED;
        }
        List<CheckStatus> verdicts = latest.stream().flatMap(s -> s.getObservations().stream())
                .filter(o -> checkIds.contains(o.getCheckId())).map(Observation::getStatus).toList();
        if (verdicts.contains(CheckStatus.VULNERABLE)) {
            return Phase1Finding.EXCHANGE_VULNERABLE;
        }
        if (verdicts.contains(CheckStatus.OUT_OF_SUPPORT)) {
            return Phase1Finding.EXCHANGE_OUT_OF_SUPPORT;
        }
        Set<MailServerKind> kinds = ScanFindings.serverKinds(latest);
        if (kinds.contains(MailServerKind.EXCHANGE_ONPREM)) {
            return !verdicts.isEmpty() && verdicts.stream().allMatch(v -> v == CheckStatus.NOT_VULNERABLE || v == CheckStatus.NOT_APPLICABLE)
                    && verdicts.contains(CheckStatus.NOT_VULNERABLE) ? Phase1Finding.EXCHANGE_PATCHED : Phase1Finding.UNDETERMINED;
        }
        if (latest.stream().anyMatch(s -> s.getMxKind() == MxKind.LOOKUP_FAILED)) {
            return Phase1Finding.UNDETERMINED;
        }
        if (kinds.contains(MailServerKind.MICROSOFT_365)) {
            return Phase1Finding.MICROSOFT_365;
        }
        boolean unclear = kinds.isEmpty() ? latest.stream().anyMatch(s -> !s.getMailServers().isEmpty())
                : kinds.contains(MailServerKind.UNKNOWN) || kinds.contains(MailServerKind.NO_ANSWER);
        return unclear ? Phase1Finding.UNDETERMINED : Phase1Finding.NO_EXCHANGE_SEEN;
    }
}
