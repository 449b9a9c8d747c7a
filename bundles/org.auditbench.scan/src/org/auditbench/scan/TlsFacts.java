package org.auditbench.scan;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What a TLS handshake showed.
 *
 * @param protocol negotiated version, e.g. "TLSv1.3"
 * @param cipherSuite negotiated cipher suite
 * @param subject the leaf certificate's subject DN
 * @param issuer the leaf certificate's issuer DN
 * @param notAfter the leaf certificate's expiry
 * @param subjectAltNames DNS names of the leaf certificate
 * @param nameMatches the host name matches a DNS name of the certificate (wildcards as RFC 6125)
 * @param trusted the chain validates against the JDK's default trust store
 * @param chain the certificates as the server sent them, leaf first (DANE matches TLSA records against them)
 */
public record TlsFacts(String protocol, String cipherSuite, String subject, String issuer, Instant notAfter,
        List<String> subjectAltNames, boolean nameMatches, boolean trusted, List<X509Certificate> chain) {

    public TlsFacts {
        subjectAltNames = List.copyOf(subjectAltNames);
        chain = List.copyOf(chain);
    }

    /** Facts without the certificates themselves. */
    public TlsFacts(String protocol, String cipherSuite, String subject, String issuer, Instant notAfter,
            List<String> subjectAltNames, boolean nameMatches, boolean trusted) {
        this(protocol, cipherSuite, subject, issuer, notAfter, subjectAltNames, nameMatches, trusted, List.of());
    }
}
