package org.auditbench.testing.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The project's own MTA-STS policy host: HTTPS on one address, port 443, answering
 * {@code GET /.well-known/mta-sts.txt} with the policy given (200, text/plain) and 404 otherwise. Its
 * certificate decides whether the policy is trusted: one issued by a {@link TestCertificateAuthority},
 * or a self-signed {@link TlsMaterial}.
 */
public final class MtaStsPolicyServer implements AutoCloseable {

    private final ServerSocket server;
    private final String policy;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private MtaStsPolicyServer(ServerSocket server, String policy) {
        this.server = server;
        this.policy = policy;
        Thread.ofVirtual().name("mta-sts policy " + server.getLocalSocketAddress()).start(this::acceptLoop);
    }

    /** @param policy the policy text, e.g. "version: STSv1\r\nmode: enforce\r\nmx: mail.example.test\r\nmax_age: 86400\r\n" */
    public static MtaStsPolicyServer start(String ip, TlsMaterial tls, String policy) throws IOException {
        ServerSocket socket = tls.serverContext().getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(ip), 443), 50);
        return new MtaStsPolicyServer(socket, policy);
    }

    /** The request lines received, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            if (requestLine == null) {
                return;
            }
            requests.add(requestLine);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // headers are not needed
            }
            boolean found = requestLine.startsWith("GET /.well-known/mta-sts.txt ");
            byte[] body = (found ? policy : "not found\n").getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 " + (found ? "200 OK" : "404 Not Found") + "\r\nContent-Type: text/plain\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
        } catch (IOException e) {
            // the client went away or refused the certificate
        }
    }
}
