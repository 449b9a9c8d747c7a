package org.auditbench.scan.exchange;

import java.io.IOException;
import java.net.InetAddress;

import org.auditbench.scan.TlsFacts;

/**
 * Opens the TCP connections the probes use. In a scan this is the engine's network (scope guard,
 * limits, timeouts); tests may dial directly, but only loopback.
 */
@FunctionalInterface
public interface HttpsDialer {

    /**
     * @throws java.net.ConnectException when the port is closed
     * @throws java.net.SocketTimeoutException when nothing answered within the timeout
     */
    Channel connect(InetAddress address, int port) throws IOException, InterruptedException;

    /** One TCP connection; every read is bounded by the dialer's timeout. */
    interface Channel extends AutoCloseable {

        /**
         * Runs the TLS handshake, accepting any certificate (this is an outside check, self-signed
         * servers must be probed too), and returns what was seen: protocol, cipher, subject, issuer,
         * expiry, names, whether the chain would validate.
         *
         * @param serverName SNI and the name the certificate is compared with; {@code null} for none
         */
        TlsFacts startTls(String serverName) throws IOException;

        java.io.InputStream input() throws IOException;

        java.io.OutputStream output() throws IOException;

        @Override
        void close();
    }
}
