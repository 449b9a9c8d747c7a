package org.auditbench.scan;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * One TCP connection opened by {@link Network#connect}. Reading is bounded: every step (from connect
 * or from the last write on) must be answered within the timeout and with at most the configured
 * number of bytes; beyond that the input throws {@link java.net.SocketTimeoutException} or
 * {@link ResponseTooLargeException}. Closing releases the concurrency slot.
 */
public interface Connection extends Closeable {

    InetAddress address();

    int port();

    /** How long the TCP connect took. */
    Duration connectTime();

    /** The input, buffered; the same stream until {@link #startTls} (after it, the decrypted input). */
    InputStream input() throws IOException;

    /** Writing starts a new step: the step deadline and byte budget are renewed. */
    OutputStream output() throws IOException;

    /**
     * Upgrades to TLS (after STARTTLS, or at once for HTTPS). Every certificate is accepted so that it
     * can be recorded; {@link TlsFacts#trusted()} says whether it would validate. The handshake is
     * bounded by the timeout.
     *
     * @param serverName sent as SNI and compared with the certificate
     */
    TlsFacts startTls(String serverName) throws IOException;

    /** The underlying socket (the TLS socket after {@link #startTls}); for options only, not for I/O. */
    Socket socket();

    @Override
    void close();
}
