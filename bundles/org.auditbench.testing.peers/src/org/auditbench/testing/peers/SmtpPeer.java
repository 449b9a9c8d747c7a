package org.auditbench.testing.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSocket;

/**
 * The project's own SMTP server on one address and port, behaving as {@link SmtpBehaviour} says. Each
 * reply is sent in one write (clients and nmap read a multi-line reply as one packet). Nothing is ever
 * delivered: MAIL is refused.
 */
public final class SmtpPeer implements AutoCloseable {

    private final ServerSocket server;
    private final SmtpBehaviour behaviour;
    private final TlsMaterial tls;
    private final List<String> cipherSuites;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    /** Whether an EHLO was refused already: a peer that greylists once refuses only the first (port scans send none). */
    private final AtomicBoolean greylisted = new AtomicBoolean();

    private SmtpPeer(ServerSocket server, SmtpBehaviour behaviour, TlsMaterial tls, List<String> cipherSuites) {
        this.server = server;
        this.behaviour = behaviour;
        this.tls = tls;
        this.cipherSuites = List.copyOf(cipherSuites);
    }

    /**
     * @param tls the certificate for STARTTLS; {@code null} when the behaviour offers no STARTTLS
     */
    public static SmtpPeer start(String ip, int port, SmtpBehaviour behaviour, TlsMaterial tls) throws IOException {
        return start(ip, port, behaviour, tls, List.of());
    }

    /**
     * A peer whose STARTTLS offers only these cipher suites (Java names; TLS 1.3 suites, "TLS_AES_...",
     * "TLS_CHACHA20_...", make it speak TLS 1.3 only, others TLS 1.2 only); empty: the runtime's defaults.
     */
    public static SmtpPeer start(String ip, int port, SmtpBehaviour behaviour, TlsMaterial tls, List<String> cipherSuites)
            throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(ip), port), 512);
        SmtpPeer peer = new SmtpPeer(server, behaviour, tls, cipherSuites);
        Thread.ofVirtual().name("smtp-peer " + ip).start(peer::acceptLoop);
        return peer;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            Conversation conversation = new Conversation(client.getInputStream(), client.getOutputStream());
            switch (behaviour.mode()) {
                case SILENT -> conversation.waitForClose();
                case ENDLESS_LINES -> conversation.endlessLines();
                case GARBAGE -> conversation.garbage();
                case LATE_GREETING -> {
                    Thread.sleep(behaviour.delay().toMillis());
                    talk(client, conversation);
                }
                default -> talk(client, conversation);
            }
        } catch (IOException e) {
            // the client hung up: normal for a scanner
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
        }
    }

    private void talk(Socket client, Conversation conversation) throws IOException {
        if (behaviour.mode() == SmtpBehaviour.Mode.TEMPORARY_GREETING) {
            conversation.send("421 4.7.0 " + behaviour.host() + " too many connections, try again later\r\n");
            return;
        }
        conversation.send(behaviour.greetingText());
        String line;
        while ((line = conversation.readLine()) != null) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> {
                    if (behaviour.mode() == SmtpBehaviour.Mode.HANG_UP_AT_EHLO) {
                        return;
                    }
                    if (behaviour.mode() == SmtpBehaviour.Mode.TEMPORARY_EHLO
                            || behaviour.mode() == SmtpBehaviour.Mode.GREYLIST_FIRST && greylisted.compareAndSet(false, true)) {
                        conversation.send("450 4.7.1 greylisted, please try again later\r\n");
                    } else {
                        conversation.send(behaviour.ehloReply(client.getInetAddress().getHostAddress()));
                    }
                }
                case "HELO" -> conversation.send("250 " + behaviour.host() + "\r\n");
                case "STARTTLS" -> {
                    if (!behaviour.ehloKeywords().contains("STARTTLS")) {
                        conversation.send("502 5.5.1 not offered\r\n");
                        break;
                    }
                    conversation.send("220 2.0.0 SMTP server ready\r\n");
                    if (behaviour.mode() == SmtpBehaviour.Mode.BROKEN_TLS || tls == null) {
                        conversation.send("this is not a TLS server hello\r\n");
                        return;
                    }
                    SSLSocket secure = (SSLSocket) tls.serverContext().getSocketFactory().createSocket(client, null, client.getPort(), true);
                    secure.setUseClientMode(false);
                    if (!cipherSuites.isEmpty()) {
                        boolean tls13 = cipherSuites.stream().noneMatch(c -> c.contains("_WITH_"));
                        secure.setEnabledProtocols(new String[] { tls13 ? "TLSv1.3" : "TLSv1.2" });
                        secure.setEnabledCipherSuites(cipherSuites.toArray(String[]::new));
                    }
                    secure.startHandshake();
                    conversation = new Conversation(secure.getInputStream(), secure.getOutputStream());
                }
                case "QUIT" -> {
                    conversation.send("221 2.0.0 Service closing transmission channel\r\n");
                    return;
                }
                case "NOOP", "RSET" -> conversation.send("250 2.0.0 OK\r\n");
                default -> conversation.send("530 5.7.1 Test peer: no mail is accepted here\r\n");
            }
        }
    }

    /** One side of the byte stream. */
    private static final class Conversation {
        private final InputStream in;
        private final OutputStream out;

        Conversation(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && line.length() < 1000) {
                if (b == '\n') {
                    return line.toString().strip();
                }
                line.append((char) b);
            }
            return b < 0 && line.isEmpty() ? null : line.toString().strip();
        }

        void waitForClose() throws IOException {
            while (in.read() >= 0) {
                // swallow whatever comes, never answer
            }
        }

        void endlessLines() throws IOException {
            byte[] line = ("220-" + "x".repeat(70) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(line);
            }
        }

        void garbage() throws IOException {
            byte[] noise = new byte[4096];
            new Random(42).nextBytes(noise);
            out.write(noise);
            out.flush();
            waitForClose();
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
