package org.auditbench.scan.internal;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.Connection;
import org.auditbench.scan.Network.Permit;
import org.auditbench.scan.ResponseTooLargeException;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.TlsFacts;

/**
 * A connection whose every step ends within the timeout and the byte budget, however slowly or
 * endlessly the peer talks. A step starts at connect and at every write.
 */
final class BoundedConnection implements Connection {

    private final InetAddress address;
    private final int port;
    private final Duration timeout;
    private final int maxBytes;
    private final Permit permit;
    private final Duration connectTime;
    private final X509TrustManager trust;
    private Socket socket;
    private long stepDeadline;
    private long bytesLeft;
    private InputStream input;

    private BoundedConnection(Socket socket, InetAddress address, int port, Duration timeout, int maxBytes, Permit permit,
            Duration connectTime, X509TrustManager trust) {
        this.socket = socket;
        this.trust = trust;
        this.address = address;
        this.port = port;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.permit = permit;
        this.connectTime = connectTime;
        newStep();
    }

    /**
     * Connects; on failure the permit is released and the exception says refused, timed out or unreachable.
     * Steps are bounded by the settings' timeout and response size; a handshake is judged by their trust.
     */
    static BoundedConnection open(InetAddress address, int port, ScanSettings settings, Permit permit) throws IOException {
        Duration timeout = settings.timeout();
        // a channel's socket connects markedly faster on virtual threads than a plain java.net.Socket
        Socket socket;
        try {
            socket = SocketChannel.open().socket();
        } catch (IOException e) {
            permit.close();
            throw e;
        }
        long start = System.nanoTime();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            permit.close();
            throw e;
        }
        return new BoundedConnection(socket, address, port, timeout, settings.maxResponseBytes(), permit,
                Duration.ofNanos(System.nanoTime() - start), CertificateTrust.of(settings).trustManager());
    }

    private void newStep() {
        stepDeadline = System.nanoTime() + timeout.toNanos();
        bytesLeft = maxBytes;
    }

    @Override
    public InetAddress address() {
        return address;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Duration connectTime() {
        return connectTime;
    }

    @Override
    public Socket socket() {
        return socket;
    }

    @Override
    public InputStream input() throws IOException {
        // one buffered stream per socket: line readers read byte by byte, and a timed read costs a system call
        if (input == null) {
            input = new BufferedInputStream(bounded(socket.getInputStream()), 8192);
        }
        return input;
    }

    private InputStream bounded(InputStream in) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (bytesLeft <= 0) {
                    throw new ResponseTooLargeException("the peer sent more than " + maxBytes + " bytes in one answer");
                }
                long left = TimeUnit.NANOSECONDS.toMillis(stepDeadline - System.nanoTime());
                if (left <= 0) {
                    throw new SocketTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
                }
                socket.setSoTimeout((int) Math.max(1, left));
                int n = in.read(b, off, (int) Math.min(len, bytesLeft));
                if (n > 0) {
                    bytesLeft -= n;
                }
                return n;
            }

            @Override
            public int available() throws IOException {
                return in.available();
            }
        };
    }

    @Override
    public OutputStream output() throws IOException {
        return new FilterOutputStream(socket.getOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                newStep();
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                newStep();
                out.write(b);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    @Override
    public TlsFacts startTls(String serverName) throws IOException {
        newStep();
        Socket plain = socket;
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> closeQuietly(plain),
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            plain.setSoTimeout((int) timeout.toMillis());
            TlsInspector inspector = new TlsInspector(trust);
            SSLSocket tls = inspector.wrap(plain, serverName, port);
            socket = tls;
            // whatever the peer sent before the handshake is dropped, as STARTTLS requires
            input = null;
            tls.startHandshake();
            return inspector.facts(tls, serverName);
        } catch (IOException e) {
            if (plain.isClosed() && watchdog.isDone()) {
                throw new SocketTimeoutException("the TLS handshake did not finish within " + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            watchdog.cancel(false);
            newStep();
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        permit.close();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a broken connection has nothing left to report
        }
    }
}
