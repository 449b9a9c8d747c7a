package org.auditbench.testing.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate made at test time with openssl: PEM files for Postfix and a server
 * {@link SSLContext} for the project's own peers.
 */
public final class TlsMaterial {

    private static final String PASSWORD = "peers";

    private final Path certificate;
    private final Path key;
    private final SSLContext serverContext;

    private TlsMaterial(Path certificate, Path key, SSLContext serverContext) {
        this.certificate = certificate;
        this.key = key;
        this.serverContext = serverContext;
    }

    /**
     * @param dir folder for the files
     * @param names DNS names; the first is also the subject's CN
     */
    public static TlsMaterial create(Path dir, String... names) throws IOException {
        if (Processes.find("openssl") == null) {
            throw new IOException("openssl is not installed (see releng/scripts/system-packages.sh)");
        }
        Files.createDirectories(dir);
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        List<String> san = new ArrayList<>();
        for (String name : names) {
            san.add("DNS:" + name);
        }
        Processes.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "30", "-subj", "/O=Auditbench Test Peer/CN=" + names[0],
                "-addext", "subjectAltName=" + String.join(",", san)), dir, 60);
        return fromPem(dir, cert, key);
    }

    /** A certificate and key already made (e.g. issued by a {@link TestCertificateAuthority}). */
    static TlsMaterial fromPem(Path dir, Path cert, Path key) throws IOException {
        Path p12 = dir.resolve(cert.getFileName() + ".p12");
        Processes.run(List.of("openssl", "pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(), "-out", p12.toString(),
                "-passout", "pass:" + PASSWORD), dir, 60);
        // Postfix reads the key as root, the peers' folder stays readable for its unprivileged daemons
        key.toFile().setReadable(true, false);
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new TlsMaterial(cert, key, context);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the certificate made by openssl: " + e.getMessage(), e);
        }
    }

    public Path certificate() {
        return certificate;
    }

    public Path key() {
        return key;
    }

    public SSLContext serverContext() {
        return serverContext;
    }
}
