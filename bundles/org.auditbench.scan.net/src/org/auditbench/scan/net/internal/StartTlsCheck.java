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

/** Judges STARTTLS from the SMTP conversation: offered, handshake, version, certificate. */
public final class StartTlsCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        SmtpFacts smtp = context.need(Facts.SMTP);
        if (smtp.banner() == null) {
            return CheckResult.of(CheckStatus.NOT_APPLICABLE, "no SMTP server answered");
        }
        if (!smtp.startTlsOffered()) {
            return CheckResult.of(CheckStatus.WARNING, "STARTTLS is not offered: mail to this server travels unencrypted");
        }
        TlsFacts tls = smtp.tls();
        if (tls == null) {
            return CheckResult.of(CheckStatus.ERROR, "STARTTLS is offered but does not work: " + smtp.tlsProblem());
        }
        List<String> problems = new ArrayList<>();
        if (tls.protocol().equals("TLSv1") || tls.protocol().equals("TLSv1.1") || tls.protocol().startsWith("SSL")) {
            problems.add("outdated protocol " + tls.protocol());
        }
        if (tls.notAfter().isBefore(Instant.now())) {
            problems.add("certificate expired " + tls.notAfter());
        }
        if (!tls.nameMatches()) {
            problems.add("certificate does not name " + context.target().host());
        }
        if (!tls.trusted()) {
            problems.add("certificate not issued by a trusted authority");
        }
        String facts = tls.protocol() + ", " + tls.cipherSuite() + "; certificate " + tls.subject() + ", issued by "
                + tls.issuer() + ", valid until " + tls.notAfter() + ", names " + tls.subjectAltNames();
        if (problems.isEmpty()) {
            return new CheckResult(CheckStatus.OK, "STARTTLS works: " + tls.protocol() + ", " + tls.cipherSuite(), facts);
        }
        return new CheckResult(CheckStatus.WARNING, "STARTTLS works, but: " + String.join("; ", problems), facts);
    }
}
