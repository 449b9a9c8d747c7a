package org.auditbench.scan.dns.internal.transport;

import java.io.UncheckedIOException;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.eclipse.osgi.util.NLS;
import org.xbill.DNS.Type;

/**
 * Check {@code dns.dnssec} (domain): whether the domain's MX RRset validates (DNSSEC, BSI TR-03108).
 * OK = secure; WARNING = insecure (not signed, or the chain of trust does not reach it); ERROR = bogus,
 * with the validator's reason, or the lookup failed; UNDETERMINED = the DNS servers gave no keys of the
 * trust anchor's zone (e.g. an authoritative server named with --dns and the root anchors).
 */
public final class DnssecCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        String domain = context.target().domain();
        DnssecValidation.Outcome outcome;
        try {
            outcome = DnssecValidation.of(context.settings()).validate(context, domain, Type.MX);
        } catch (UncheckedIOException e) {
            return CheckResult.of(CheckStatus.ERROR, NLS.bind(Messages.Dnssec_anchors, e.getMessage()));
        }
        String why = outcome.reason() == null ? "" : " (" + outcome.reason() + ")";
        return switch (outcome.security()) {
            case SECURE -> new CheckResult(CheckStatus.OK, NLS.bind(Messages.Dnssec_secure, domain), outcome.evidence());
            case INSECURE -> new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Dnssec_insecure, domain, why), outcome.evidence());
            case BOGUS -> new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Dnssec_bogus, domain, outcome.reason()), outcome.evidence());
            case UNDETERMINED -> new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Dnssec_undetermined, domain, outcome.reason()),
                    outcome.evidence());
            case FAILED -> new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Dnssec_failed, domain, outcome.reason()), outcome.evidence());
        };
    }
}
