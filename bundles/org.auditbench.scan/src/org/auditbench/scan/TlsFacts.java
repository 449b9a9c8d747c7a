package org.auditbench.scan;

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
 */
public record TlsFacts(String protocol, String cipherSuite, String subject, String issuer, Instant notAfter,
        List<String> subjectAltNames, boolean nameMatches, boolean trusted) {

    public TlsFacts {
        subjectAltNames = List.copyOf(subjectAltNames);
    }
}
