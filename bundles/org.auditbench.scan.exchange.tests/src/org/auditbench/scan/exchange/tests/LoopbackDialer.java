package org.auditbench.scan.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.auditbench.scan.TlsFacts;
import org.auditbench.scan.exchange.HttpsDialer;

/**
 * Dials loopback addresses only (the tests' network rule) with plain JDK sockets, every read bounded
 * by the timeout, accepting any certificate like the scan engine's connections do.
 */
final class LoopbackDialer implements HttpsDialer {

    private final Duration timeout;

    LoopbackDialer(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Channel connect(InetAddress address, int port) throws IOException {
        if (!address.isLoopbackAddress()) {
            throw new IOException("tests contact loopback addresses only, not " + address);
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new SocketChannel(socket);
    }

    private static final class SocketChannel implements Channel {
        private Socket socket;

        SocketChannel(Socket socket) {
            this.socket = socket;
        }

        @Override
        public TlsFacts startTls(String serverName) throws IOException {
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] { new AcceptAll() }, null);
                String host = serverName != null ? serverName : socket.getInetAddress().getHostAddress();
                SSLSocket tls = (SSLSocket) ctx.getSocketFactory().createSocket(socket, host, socket.getPort(), true);
                if (serverName != null) {
                    SSLParameters p = tls.getSSLParameters();
                    p.setServerNames(List.of(new SNIHostName(serverName)));
                    tls.setSSLParameters(p);
                }
                socket = tls;
                tls.startHandshake();
                X509Certificate[] chain = (X509Certificate[]) tls.getSession().getPeerCertificates();
                X509Certificate leaf = chain[0];
                List<String> names = new ArrayList<>();
                if (leaf.getSubjectAlternativeNames() != null) {
                    for (List<?> san : leaf.getSubjectAlternativeNames()) {
                        if (Integer.valueOf(2).equals(san.get(0))) {
                            names.add(san.get(1).toString());
                        }
                    }
                }
                return new TlsFacts(tls.getSession().getProtocol(), tls.getSession().getCipherSuite(),
                        leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(),
                        leaf.getNotAfter().toInstant(), names, names.contains(serverName), trusted(chain));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }

        private static boolean trusted(X509Certificate[] chain) throws GeneralSecurityException {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((java.security.KeyStore) null);
            try {
                ((X509TrustManager) tmf.getTrustManagers()[0]).checkServerTrusted(chain, "UNKNOWN");
                return true;
            } catch (java.security.cert.CertificateException e) {
                return false;
            }
        }

        @Override
        public InputStream input() throws IOException {
            return socket.getInputStream();
        }

        @Override
        public OutputStream output() throws IOException {
            return socket.getOutputStream();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }

    private static final class AcceptAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // server side only
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // an outside check records the certificate instead of refusing it
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
