package org.auditbench.testing.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A certificate authority made at test time with openssl, so that checks which validate certificates
 * (MTA-STS policy host, STARTTLS) can be shown a trusted chain: its certificate is what {@code --ca-file}
 * names, and it issues server certificates for the project's peers.
 */
public final class TestCertificateAuthority {

    private final Path dir;
    private final Path certificate;
    private final Path key;
    private final AtomicInteger issued = new AtomicInteger();

    private TestCertificateAuthority(Path dir, Path certificate, Path key) {
        this.dir = dir;
        this.certificate = certificate;
        this.key = key;
    }

    public static TestCertificateAuthority create(Path dir, String name) throws IOException {
        if (Processes.find("openssl") == null) {
            throw new IOException("openssl is not installed (see releng/scripts/system-packages.sh)");
        }
        Files.createDirectories(dir);
        Path cert = dir.resolve("ca.pem");
        Path key = dir.resolve("ca-key.pem");
        Processes.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "30", "-subj", "/O=Auditbench Test CA/CN=" + name,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"), dir, 60);
        return new TestCertificateAuthority(dir, cert, key);
    }

    /** The CA certificate (PEM), as {@code --ca-file} takes it. */
    public Path certificate() {
        return certificate;
    }

    /** A server certificate for the names (the first is also the CN), signed by this authority. */
    public TlsMaterial issue(String... names) throws IOException {
        Path leafDir = Files.createDirectories(dir.resolve("issued-" + issued.incrementAndGet()));
        Path key = leafDir.resolve("key.pem");
        Path request = leafDir.resolve("request.csr");
        Path cert = leafDir.resolve("cert.pem");
        Path extensions = leafDir.resolve("extensions.cnf");
        List<String> san = new ArrayList<>();
        for (String name : names) {
            san.add("DNS:" + name);
        }
        Files.writeString(extensions, "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" + String.join(",", san)
                + "\n");
        Processes.run(List.of("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", request.toString(), "-subj", "/O=Auditbench Test Peer/CN=" + names[0]), leafDir, 60);
        Processes.run(List.of("openssl", "x509", "-req", "-in", request.toString(), "-CA", certificate.toString(), "-CAkey",
                this.key.toString(), "-CAcreateserial", "-days", "30", "-out", cert.toString(), "-extfile", extensions.toString()), leafDir, 60);
        return TlsMaterial.fromPem(leafDir, cert, key);
    }
}
