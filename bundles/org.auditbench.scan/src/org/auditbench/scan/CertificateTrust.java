package org.auditbench.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities a check trusts where the WebPKI decides (MTA-STS policy host, STARTTLS
 * certificates): the Java runtime's, plus those of the PEM file the option {@link #CA_FILE} names
 * ({@code --ca-file}), e.g. an authority's own or a lab's CA.
 */
public final class CertificateTrust {

    /** The option naming a PEM file of further trusted CA certificates. */
    public static final String CA_FILE = "tls.caFile";

    private record Known(String file, CertificateTrust trust) {
    }

    private static volatile Known last;

    private final List<X509Certificate> added;
    private final SSLContext context;
    private final X509TrustManager trustManager;

    private CertificateTrust(List<X509Certificate> added, SSLContext context, X509TrustManager trustManager) {
        this.added = added;
        this.context = context;
        this.trustManager = trustManager;
    }

    /**
     * The trust of a scan.
     *
     * @throws IllegalArgumentException when the CA file cannot be read or holds no certificate
     */
    public static CertificateTrust of(ScanSettings settings) {
        String file = settings.options().get(CA_FILE);
        Known known = last;
        if (known != null && java.util.Objects.equals(file, known.file())) {
            return known.trust();
        }
        // made once per CA file: every domain of a scan asks for it
        CertificateTrust trust = create(file == null ? List.of() : readPem(Path.of(file)));
        last = new Known(file, trust);
        return trust;
    }

    /**
     * The certificates of a PEM file (one or several "BEGIN CERTIFICATE" blocks).
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    public static List<X509Certificate> readPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(file + ": no certificate (PEM, BEGIN CERTIFICATE)");
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA file " + file + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException(file + ": not a PEM file of certificates: " + e.getMessage(), e);
        }
    }

    private static CertificateTrust create(List<X509Certificate> added) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate c : runtimeAuthorities()) {
                anchors.setCertificateEntry("runtime-" + n++, c);
            }
            for (X509Certificate c : added) {
                anchors.setCertificateEntry("added-" + n++, c);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            X509TrustManager manager = null;
            for (TrustManager candidate : factory.getTrustManagers()) {
                if (candidate instanceof X509TrustManager x509) {
                    manager = x509;
                }
            }
            return new CertificateTrust(added, context, manager);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("TLS trust cannot be set up in this Java runtime: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> runtimeAuthorities() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> all = new ArrayList<>();
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                all.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return all;
    }

    /** The CA certificates added to the runtime's. */
    public List<X509Certificate> added() {
        return added;
    }

    /** Validates chains against these authorities (host names are checked by the caller). */
    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** A client context that validates chains against these authorities (host names are checked by the caller). */
    public SSLContext context() {
        return context;
    }
}
