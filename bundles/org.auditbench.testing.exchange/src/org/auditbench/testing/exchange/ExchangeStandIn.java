package org.auditbench.testing.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTPS server of the project's own that answers like an Exchange server (unpatched or patched
 * 2016/2019, or 2010), like a web server that is no Exchange, or like a hostile peer (silent, slow,
 * garbage, failing TLS handshake). It binds one address of 127.0.30.0 - 127.0.39.255 (port 443 by
 * default; needs root) so that it never collides with the other test peers (127.0.10-19.x).
 *
 * <pre>
 * try (ExchangeStandIn server = ExchangeStandIn.unpatched2016().start()) { ... server.address() ... }
 * </pre>
 */
public final class ExchangeStandIn implements AutoCloseable {

    /** What answers. */
    public enum Mode {
        /** Exchange 2013/2016/2019: IIS 10, X-FEServer, OWA login page with /owa/auth/&lt;build&gt;/ paths. */
        EXCHANGE,
        /** Exchange 2010: IIS 7.5, /owa/&lt;build&gt;/ paths, no export tool, no X-FEServer. */
        EXCHANGE_2010,
        /** A web server that is no Exchange (nginx): 404 for every Exchange path. */
        NOT_EXCHANGE,
        /** A web server that is no Exchange and redirects every request (302) to its home page. */
        REDIRECT_ALL,
        /**
         * Exchange Online behind autodiscover.outlook.com: a certificate for *.outlook.com and
         * *.office365.com, OWA redirects to outlook.office365.com.
         */
        MICROSOFT_365,
        /** Accepts TCP connections and never says anything (the TLS handshake never completes). */
        SILENT,
        /** Completes TLS, then sends its answer one byte per {@link Builder#slowDelay(Duration)}. */
        SLOW,
        /** Completes TLS, then answers with bytes that are no HTTP. */
        GARBAGE,
        /** Answers the TLS ClientHello with plain text: the handshake fails. */
        TLS_FAILURE
    }

    /** How an Exchange answers the CVE-2021-26855 probe. */
    public enum ProxyLogonAnswer {
        /** 404 without X-CalculatedBETarget. */
        PATCHED,
        /** 500 with X-CalculatedBETarget: localhost and NegotiateSecurityContext in the body (2016/2019). */
        ERROR_500,
        /** 302 with X-CalculatedBETarget: localhost. */
        REDIRECT_302,
        /** 200 with X-CalculatedBETarget: localhost. */
        OK_200,
        /** 502 without the header, as a gateway whose back end is down answers. */
        BAD_GATEWAY_502
    }

    /** How an Exchange answers the ProxyShell and ProxyNotShell probes. */
    public enum AutodiscoverAnswer {
        /** 302 (ProxyNotShell: without "Protocol" in the body). */
        VULNERABLE,
        /** 400. */
        PATCHED,
        /** 401, as many servers answer. */
        UNAUTHORIZED
    }

    /** The certificate's subject CN (also a DNS name of it, beside *.example.test). */
    public static final String CERTIFICATE_NAME = "exchange.stand-in.test";

    private final Builder config;
    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private ExchangeStandIn(Builder config, ServerSocket server) {
        this.config = config;
        this.server = server;
        // virtual threads: a benchmark may run a thousand stand-ins at once
        Thread.ofVirtual().name("exchange-stand-in " + server.getLocalSocketAddress()).start(this::acceptLoop);
    }

    /** An unpatched Exchange 2016 CU19 (15.1.2176.2, December 2020): no X-OWA-Version, every probe vulnerable. */
    public static Builder unpatched2016() {
        return new Builder().mode(Mode.EXCHANGE).build("15.1.2176.2").owaVersionHeader(false)
                .proxyLogon(ProxyLogonAnswer.ERROR_500).proxyShell(AutodiscoverAnswer.VULNERABLE)
                .proxyNotShell(AutodiscoverAnswer.VULNERABLE);
    }

    /** A patched Exchange 2019 CU12 Nov22SU (15.2.1118.20) with X-OWA-Version: no probe shows a hole. */
    public static Builder patched2019() {
        return new Builder().mode(Mode.EXCHANGE).build("15.2.1118.20").owaVersionHeader(true)
                .proxyLogon(ProxyLogonAnswer.PATCHED).proxyShell(AutodiscoverAnswer.PATCHED)
                .proxyNotShell(AutodiscoverAnswer.PATCHED);
    }

    /**
     * An Exchange Server SE with X-OWA-Version (on OWA and AutoDiscover), patched against every probe;
     * {@code build} e.g. "15.2.2562.57".
     */
    public static Builder exchangeSe(String build) {
        return new Builder().mode(Mode.EXCHANGE).build(build).owaVersionHeader(true).autodiscoverVersionHeader(true)
                .proxyLogon(ProxyLogonAnswer.PATCHED).proxyShell(AutodiscoverAnswer.PATCHED)
                .proxyNotShell(AutodiscoverAnswer.PATCHED);
    }

    /** An Exchange 2010 SP3 RU32 (14.3.513.0). */
    public static Builder exchange2010() {
        return new Builder().mode(Mode.EXCHANGE_2010).build("14.3.513.0").owaVersionHeader(false)
                .proxyLogon(ProxyLogonAnswer.PATCHED).proxyShell(AutodiscoverAnswer.UNAUTHORIZED)
                .proxyNotShell(AutodiscoverAnswer.UNAUTHORIZED);
    }

    /** Any other mode (no Exchange, hostile). */
    public static Builder of(Mode mode) {
        return new Builder().mode(mode).build("15.1.2176.2");
    }

    /**
     * An address of 127.0.30.0 - 127.0.39.255 (not .0 or .255 in the last byte), a different one on each
     * call: peers that share an address would answer for each other and make tests flaky.
     */
    public static InetAddress randomAddress() {
        return StandInSocket.randomAddress();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The request lines received so far ("GET /owa/ HTTP/1.1"), in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The User-Agent header of every request, in order: who says they are scanning. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The Host header of every request, in order. */
    public List<String> hostHeaders() {
        return List.copyOf(hosts);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                open.add(s);
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void serve(Socket s) {
        try {
            s.setSoTimeout(10_000);
            switch (config.mode) {
                case SILENT -> {
                    while (!closed && s.getInputStream().read() >= 0) {
                        // swallow everything, answer nothing
                    }
                }
                case TLS_FAILURE -> {
                    s.getInputStream().read(new byte[512]);
                    s.getOutputStream().write("this is no TLS server\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                default -> answer(s);
            }
        } catch (IOException e) {
            // the client went away or the handshake failed: nothing to answer
        } finally {
            open.remove(s);
            closeQuietly(s);
        }
    }

    private void answer(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        if (requestLine == null) {
            return;
        }
        requests.add(requestLine);
        String cookie = "";
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase();
            if (lower.startsWith("cookie:")) {
                cookie = line.substring(7).trim();
            } else if (lower.startsWith("host:")) {
                hosts.add(line.substring(5).trim());
            } else if (lower.startsWith("user-agent:")) {
                userAgents.add(line.substring(11).trim());
            }
        }
        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : "/";
        byte[] response = switch (config.mode) {
            case GARBAGE -> "\u0000\u0013\u00ff garbage, no HTTP here \u0001\u0002\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            case NOT_EXCHANGE, REDIRECT_ALL -> new ExchangeResponses(config).notExchange(target);
            default -> new ExchangeResponses(config).respond(target, cookie);
        };
        OutputStream out = s.getOutputStream();
        if (config.mode == Mode.SLOW) {
            for (byte b : response) {
                out.write(b);
                out.flush();
                sleep(config.slowDelay);
            }
        } else {
            out.write(response);
            out.flush();
        }
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** How the stand-in behaves; {@link #start()} binds it. */
    public static final class Builder {
        Mode mode = Mode.EXCHANGE;
        String build;
        boolean owaVersionHeader;
        boolean exportTool = true;
        boolean autodiscoverVersionHeader;
        ProxyLogonAnswer proxyLogon = ProxyLogonAnswer.PATCHED;
        AutodiscoverAnswer proxyShell = AutodiscoverAnswer.PATCHED;
        AutodiscoverAnswer proxyNotShell = AutodiscoverAnswer.PATCHED;
        Duration slowDelay = Duration.ofMillis(500);
        InetAddress address;
        int port = 443;

        private Builder() {
        }

        public Builder mode(Mode m) {
            this.mode = m;
            return this;
        }

        /** The four-part build shown in X-OWA-Version, paths and the export tool manifest. */
        public Builder build(String b) {
            this.build = b;
            return this;
        }

        public Builder owaVersionHeader(boolean on) {
            this.owaVersionHeader = on;
            return this;
        }

        /** Whether the ECP export tool manifest (with the full build) is served; 404 when not. */
        public Builder exportTool(boolean served) {
            this.exportTool = served;
            return this;
        }

        /** Whether GET /AutoDiscover/AutoDiscover.xml (always 401) carries X-OWA-Version. */
        public Builder autodiscoverVersionHeader(boolean on) {
            this.autodiscoverVersionHeader = on;
            return this;
        }

        public Builder proxyLogon(ProxyLogonAnswer a) {
            this.proxyLogon = a;
            return this;
        }

        public Builder proxyShell(AutodiscoverAnswer a) {
            this.proxyShell = a;
            return this;
        }

        public Builder proxyNotShell(AutodiscoverAnswer a) {
            this.proxyNotShell = a;
            return this;
        }

        public Builder slowDelay(Duration d) {
            this.slowDelay = d;
            return this;
        }

        /** The address to bind; by default a random free one of 127.0.30.0 - 127.0.39.255. */
        public Builder address(InetAddress a) {
            this.address = a;
            return this;
        }

        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Binds and starts serving. */
        public ExchangeStandIn start() throws IOException {
            boolean tls = mode != Mode.SILENT && mode != Mode.TLS_FAILURE;
            return new ExchangeStandIn(this, StandInSocket.bind(tls, mode == Mode.MICROSOFT_365, address, port));
        }
    }
}
