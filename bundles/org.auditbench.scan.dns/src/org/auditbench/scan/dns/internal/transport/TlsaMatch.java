package org.auditbench.scan.dns.internal.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.xbill.DNS.TLSARecord;

/**
 * Whether a TLSA record (RFC 6698, SMTP as RFC 7672 says) matches the certificates a server sent:
 * usage 3 (DANE-EE) the leaf, usage 2 (DANE-TA) a certificate of the chain above it; selector 0 the whole
 * certificate, 1 its public key (SPKI); matching type 0 exact, 1 SHA-256, 2 SHA-512. Usages 0 and 1 are
 * not for SMTP and never match.
 */
final class TlsaMatch {

    private TlsaMatch() {
    }

    static boolean usableForSmtp(TLSARecord r) {
        return r.getCertificateUsage() == TLSARecord.CertificateUsage.TRUST_ANCHOR_ASSERTION
                || r.getCertificateUsage() == TLSARecord.CertificateUsage.DOMAIN_ISSUED_CERTIFICATE;
    }

    static boolean matches(TLSARecord r, List<X509Certificate> chain) {
        if (!usableForSmtp(r) || chain.isEmpty()) {
            return false;
        }
        List<X509Certificate> candidates = r.getCertificateUsage() == TLSARecord.CertificateUsage.DOMAIN_ISSUED_CERTIFICATE
                ? chain.subList(0, 1) : chain.subList(Math.min(1, chain.size() - 1), chain.size());
        for (X509Certificate c : candidates) {
            byte[] data = selected(r, c);
            if (data != null && Arrays.equals(digest(r.getMatchingType(), data), r.getCertificateAssociationData())) {
                return true;
            }
        }
        return false;
    }

    private static byte[] selected(TLSARecord r, X509Certificate c) {
        try {
            return switch (r.getSelector()) {
                case TLSARecord.Selector.FULL_CERTIFICATE -> c.getEncoded();
                case TLSARecord.Selector.SUBJECT_PUBLIC_KEY_INFO -> c.getPublicKey().getEncoded();
                default -> null;
            };
        } catch (CertificateEncodingException e) {
            return null;
        }
    }

    private static byte[] digest(int matchingType, byte[] data) {
        try {
            return switch (matchingType) {
                case TLSARecord.MatchingType.EXACT -> data;
                case TLSARecord.MatchingType.SHA256 -> MessageDigest.getInstance("SHA-256").digest(data);
                case TLSARecord.MatchingType.SHA512 -> MessageDigest.getInstance("SHA-512").digest(data);
                default -> new byte[0];
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-2 is missing from this Java runtime", e);
        }
    }
}
