package org.auditbench.testing.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed server certificate made at test time with the JDK's keytool (no third-party crypto
 * library), once per JVM.
 */
public final class SelfSignedCertificate {

    /** The certificate's subject CN; also a DNS name in its SAN. */
    public static final String NAME = "exchange.stand-in.test";
    private static final char[] PASSWORD = "stand-in".toCharArray();
    private static SSLContext context;

    private SelfSignedCertificate() {
    }

    /** A server SSLContext holding the certificate; made on first use. */
    public static synchronized SSLContext serverContext() throws IOException {
        if (context == null) {
            Path dir = Files.createTempDirectory("exchange-stand-in");
            Path store = dir.resolve("server.p12");
            keytool(store);
            try (InputStream in = Files.newInputStream(store)) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(in, PASSWORD);
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, PASSWORD);
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(kmf.getKeyManagers(), null, null);
                context = ctx;
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot load the generated key store " + store, e);
            } finally {
                Files.deleteIfExists(store);
                Files.deleteIfExists(dir);
            }
        }
        return context;
    }

    private static void keytool(Path store) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(Files.isExecutable(keytool) ? keytool.toString() : "keytool",
                "-genkeypair", "-alias", "stand-in", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + NAME + ", O=Auditbench Test", "-ext", "SAN=dns:" + NAME + ",dns:*.example.test",
                "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool did not finish within 60 s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException("keytool failed (" + p.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }
}
