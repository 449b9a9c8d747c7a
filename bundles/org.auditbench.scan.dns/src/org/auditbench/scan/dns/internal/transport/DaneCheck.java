package org.auditbench.scan.dns.internal.transport;

import java.io.UncheckedIOException;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.SmtpFacts;
import org.eclipse.osgi.util.NLS;
import org.xbill.DNS.Record;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;

/**
 * Check {@code smtp.dane} (address): DANE for SMTP (RFC 7672, BSI TR-03108), the TLSA records at
 * {@code _25._tcp.MXHOST}, validated with DNSSEC, against the certificate the STARTTLS handshake showed.
 * OK = secure and one record matches; ERROR = secure and none matches (DANE senders refuse delivery), or
 * the lookup failed or was bogus (its own finding, never "no DANE"); WARNING = TLSA present but not
 * secure, or only usages 0/1; INFO = no TLSA; NOT_APPLICABLE = no SMTP answer or no STARTTLS.
 */
public final class DaneCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        SmtpFacts smtp = context.need(Facts.SMTP);
        if (smtp.banner() == null) {
            return CheckResult.of(CheckStatus.NOT_APPLICABLE, Messages.Dane_noSmtp);
        }
        if (smtp.notTestable() != null) {
            return CheckResult.of(CheckStatus.UNDETERMINED, smtp.notTestable());
        }
        if (!smtp.startTlsOffered()) {
            return CheckResult.of(CheckStatus.NOT_APPLICABLE, Messages.Dane_noStartTls);
        }
        String name = "_25._tcp." + context.target().host();
        DnssecValidation.Outcome tlsa;
        try {
            tlsa = DnssecValidation.of(context.settings()).validate(context, name, Type.TLSA);
        } catch (UncheckedIOException e) {
            return CheckResult.of(CheckStatus.ERROR, NLS.bind(Messages.Dnssec_anchors, e.getMessage()));
        }
        String evidence = tlsa.evidence();
        switch (tlsa.security()) {
            case FAILED:
                return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Dane_lookupFailed, name, tlsa.reason()), evidence);
            case BOGUS:
                return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Dane_bogus, name, tlsa.reason()), evidence);
            case UNDETERMINED:
                return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Dane_undetermined, name, tlsa.reason()), evidence);
            default:
                break;
        }
        List<TLSARecord> records = tlsa.answer().stream().filter(TLSARecord.class::isInstance).map(TLSARecord.class::cast).toList();
        if (records.isEmpty()) {
            return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.Dane_none, name), evidence);
        }
        if (tlsa.security() != DnssecValidation.Security.SECURE) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Dane_insecure, name), evidence);
        }
        if (records.stream().noneMatch(TlsaMatch::usableForSmtp)) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Dane_pkixOnly, name), evidence);
        }
        if (smtp.tls() == null) {
            return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Dane_noCertificate, smtp.tlsProblem()), evidence);
        }
        evidence = evidence + "\nSTARTTLS certificate: " + smtp.tls().subject() + " (" + smtp.tls().chain().size() + " in chain)";
        for (TLSARecord r : records) {
            if (TlsaMatch.matches(r, smtp.tls().chain())) {
                return new CheckResult(CheckStatus.OK, NLS.bind(Messages.Dane_matches, rdata(r)), evidence);
            }
        }
        return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Dane_noMatch, name, smtp.tls().subject()), evidence);
    }

    private static String rdata(Record r) {
        return r.getName() + " TLSA " + r.rdataToString();
    }
}
