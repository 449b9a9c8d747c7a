package org.auditbench.scan.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.eclipse.osgi.util.NLS;

/**
 * Outlook on the web (OWA) and the Exchange admin center (ECP) reachable from the internet: BSI advised
 * in October 2025 to restrict them to trusted networks or a VPN. WARNING with the URLs when the probes
 * reached the login page (or a redirect to it) or the ECP's export tool; OK when Exchange answers but
 * serves neither; NOT_APPLICABLE without an own Exchange.
 */
public final class OwaExposure {

    private OwaExposure() {
    }

    public static CheckResult judge(EndpointReport report) {
        String evidence = report.evidence();
        Optional<CheckResult> unjudged = report.unjudged(evidence);
        if (unjudged.isPresent()) {
            return unjudged.get();
        }
        String base = "https://" + report.endpoint().hostHeader();
        List<String> reachable = new ArrayList<>();
        if (owaServed(report)) {
            reachable.add(base + "/owa/");
        }
        if (report.answer(ProbeStep.EXPORT_TOOL).filter(a -> a.answered() && a.status() == 200).isPresent()) {
            reachable.add(base + "/ecp/");
        }
        return reachable.isEmpty() ? new CheckResult(CheckStatus.OK, Messages.Owa_notReachable, evidence)
                : new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Owa_reachable, String.join(", ", reachable)), evidence);
    }

    /** The login page answered, or /owa/ answered itself or sent the browser to the login page. */
    private static boolean owaServed(EndpointReport report) {
        if (report.answer(ProbeStep.LOGON_PAGE).filter(a -> a.answered() && a.status() == 200).isPresent()) {
            return true;
        }
        return report.answer(ProbeStep.OWA).filter(HttpAnswer::answered).filter(a -> a.status() == 200
                || (a.status() / 100 == 3 && a.header("Location").map(l -> l.toLowerCase(Locale.ROOT).contains("/owa/auth/"))
                        .orElse(false))).isPresent();
    }
}
