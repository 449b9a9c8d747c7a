package org.auditbench.scan.net.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.SmtpFacts;
import org.auditbench.scan.TlsFacts;
import org.eclipse.osgi.util.NLS;

/** Judges STARTTLS from the SMTP conversation: offered, handshake, version, certificate. */
public final class StartTlsCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        SmtpFacts smtp = context.need(Facts.SMTP);
        if (smtp.banner() == null) {
            return CheckResult.of(CheckStatus.NOT_APPLICABLE, Messages.StartTls_noServer);
        }
        if (smtp.notTestable() != null) {
            return CheckResult.of(CheckStatus.UNDETERMINED, smtp.notTestable());
        }
        if (!smtp.startTlsOffered()) {
            return CheckResult.of(CheckStatus.WARNING, Messages.StartTls_notOffered);
        }
        TlsFacts tls = smtp.tls();
        if (tls == null) {
            return CheckResult.of(CheckStatus.ERROR, NLS.bind(Messages.StartTls_broken, smtp.tlsProblem()));
        }
        List<String> problems = new ArrayList<>();
        if (tls.protocol().equals("TLSv1") || tls.protocol().equals("TLSv1.1") || tls.protocol().startsWith("SSL")) {
            problems.add(NLS.bind(Messages.StartTls_outdated, tls.protocol()));
        }
        if (tls.notAfter().isBefore(Instant.now())) {
            problems.add(NLS.bind(Messages.StartTls_expired, tls.notAfter()));
        }
        if (!tls.nameMatches()) {
            problems.add(NLS.bind(Messages.StartTls_nameMismatch, context.target().host()));
        }
        if (!tls.trusted()) {
            problems.add(Messages.StartTls_untrusted);
        }
        String facts = tls.protocol() + ", " + tls.cipherSuite() + "; certificate " + tls.subject() + ", issued by "
                + tls.issuer() + ", valid until " + tls.notAfter() + ", names " + tls.subjectAltNames();
        if (problems.isEmpty()) {
            return new CheckResult(CheckStatus.OK, NLS.bind(Messages.StartTls_works, tls.protocol(), tls.cipherSuite()), facts);
        }
        return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.StartTls_worksBut, String.join("; ", problems)), facts);
    }
}
