package org.auditbench.scan.internal;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.auditbench.scan.TlsFacts;

/**
 * A TLS client that accepts every certificate, to record it, and notes on the side whether the scan's
 * trust (the runtime's authorities and those of {@code --ca-file}) would have accepted it. One instance
 * per handshake.
 */
final class TlsInspector {

    private final X509TrustManager trust;
    private volatile boolean trusted;

    TlsInspector(X509TrustManager trust) {
        this.trust = trust;
    }

    SSLSocket wrap(Socket plain, String serverName, int port) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { recordingTrustManager() }, null);
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, serverName, port, true);
            tls.setUseClientMode(true);
            if (serverName != null && !serverName.isEmpty() && Character.isLetter(serverName.charAt(serverName.length() - 1))) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(serverName)));
                tls.setSSLParameters(parameters);
            }
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    private X509TrustManager recordingTrustManager() {
        X509TrustManager defaults = trust;
        return new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                try {
                    if (defaults != null) {
                        defaults.checkServerTrusted(chain, authType);
                        trusted = true;
                    }
                } catch (CertificateException e) {
                    trusted = false;
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("a scanner acts as client only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    TlsFacts facts(SSLSocket tls, String serverName) throws IOException {
        var session = tls.getSession();
        X509Certificate leaf = (X509Certificate) session.getPeerCertificates()[0];
        List<String> names = dnsNames(leaf);
        List<X509Certificate> chain = new ArrayList<>();
        for (var certificate : session.getPeerCertificates()) {
            if (certificate instanceof X509Certificate x509) {
                chain.add(x509);
            }
        }
        return new TlsFacts(session.getProtocol(), session.getCipherSuite(), leaf.getSubjectX500Principal().getName(),
                leaf.getIssuerX500Principal().getName(), leaf.getNotAfter().toInstant(), names,
                matches(serverName, names.isEmpty() ? commonNames(leaf) : names), trusted, chain);
    }

    private static List<String> dnsNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    if (Integer.valueOf(2).equals(entry.get(0))) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension counts as no names; the match then fails, which is the safe side
        }
        return names;
    }

    private static List<String> commonNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            // no readable subject: no names
        }
        return names;
    }

    /** RFC 6125: exact match, or a left-most "*" label standing for exactly one label. */
    static boolean matches(String host, List<String> names) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(h)) {
                return true;
            }
            if (n.startsWith("*.") && n.indexOf('.', 2) > 0) {
                int dot = h.indexOf('.');
                if (dot > 0 && h.substring(dot + 1).equals(n.substring(2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
