package org.auditbench.scan.net.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.SmtpFacts;
import org.auditbench.scan.TlsFacts;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code smtp.tls} (address): the STARTTLS protocol version and cipher suite against BSI TR-02102-2,
 * the yardstick the DSK's e-mail guidance names. TLS 1.2 or 1.3 with a recommended suite is OK (TLS 1.3:
 * AES-GCM or AES-128-CCM; TLS 1.2: forward secret ECDHE/DHE with AES in GCM, CCM or CBC with SHA-256/384);
 * another suite is a WARNING; TLS 1.1 or older an ERROR. What is judged is what this scanner's client
 * negotiated (the runtime's preference), not every suite the server would accept: the evidence says so.
 */
public final class TlsGuidelineCheck implements Check {

    static final List<String> TLS13_RECOMMENDED = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_AES_128_CCM_SHA256");
    static final Pattern TLS12_RECOMMENDED = Pattern.compile(
            "TLS_(?:ECDHE_(?:ECDSA|RSA)|DHE_(?:RSA|DSS))_WITH_AES_(?:128|256)_(?:GCM_SHA(?:256|384)|CCM(?:_8)?|CBC_SHA(?:256|384))");
    static final String NOTE = "judged: the version and suite this scanner negotiated (its runtime's preference), not every suite the"
            + " server accepts; rule: BSI TR-02102-2 (TLS 1.2 with forward secret AES suites, TLS 1.3 with AES-GCM/AES-128-CCM)";

    @Override
    public CheckResult run(CheckContext context) {
        SmtpFacts smtp = context.need(Facts.SMTP);
        if (smtp.notTestable() != null) {
            return CheckResult.of(CheckStatus.UNDETERMINED, smtp.notTestable());
        }
        if (smtp.banner() == null || !smtp.startTlsOffered()) {
            return CheckResult.of(CheckStatus.NOT_APPLICABLE, Messages.Tls_noStartTls);
        }
        if (smtp.tls() == null) {
            return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Tls_noHandshake, smtp.tlsProblem()), NOTE);
        }
        return judge(smtp.tls());
    }

    /** The verdict on a handshake's facts. */
    public static CheckResult judge(TlsFacts tls) {
        String evidence = tls.protocol() + " " + tls.cipherSuite() + "\n" + NOTE;
        String protocol = tls.protocol();
        if (!protocol.equals("TLSv1.2") && !protocol.equals("TLSv1.3")) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Tls_oldProtocol, protocol), evidence);
        }
        boolean recommended = protocol.equals("TLSv1.3") ? TLS13_RECOMMENDED.contains(tls.cipherSuite())
                : TLS12_RECOMMENDED.matcher(tls.cipherSuite()).matches();
        return recommended ? new CheckResult(CheckStatus.OK, NLS.bind(Messages.Tls_recommended, protocol, tls.cipherSuite()), evidence)
                : new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Tls_notRecommended, protocol, tls.cipherSuite()), evidence);
    }
}
