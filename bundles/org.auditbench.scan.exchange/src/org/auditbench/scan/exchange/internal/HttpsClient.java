package org.auditbench.scan.exchange.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.scan.ScopeException;
import org.auditbench.scan.TlsFacts;
import org.auditbench.scan.exchange.Endpoint;
import org.auditbench.scan.exchange.HttpAnswer;
import org.auditbench.scan.exchange.HttpAnswer.Failure;
import org.auditbench.scan.exchange.HttpsDialer;

/**
 * A deliberately small HTTP/1.1 client over TLS for probing: one GET per connection, no redirects
 * followed, any certificate accepted (and described), Host and SNI set freely, and every answer bounded
 * in time (the whole answer, not only each read: a server that trickles bytes is cut off too) and size.
 */
public final class HttpsClient {

    static final int MAX_LINE = 8 * 1024;
    static final int MAX_HEADERS = 100;
    static final int MAX_BODY = 64 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

    /** An answer and the TLS facts of its connection ({@code null} when the handshake did not happen). */
    public record Fetched(HttpAnswer answer, TlsFacts tls) {
    }

    private final HttpsDialer dialer;
    private final Duration timeout;
    private final String userAgent;

    /** @param userAgent the User-Agent header, e.g. {@link org.auditbench.scan.ScanSettings#userAgent()} */
    public HttpsClient(HttpsDialer dialer, Duration timeout, String userAgent) {
        this.dialer = dialer;
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /**
     * @param target path and query, sent as they are
     * @param extraHeaders further request headers (name, value)
     */
    public Fetched get(Endpoint endpoint, String target, List<Map.Entry<String, String>> extraHeaders)
            throws InterruptedException {
        String request = "GET " + target;
        long start = System.nanoTime();
        HttpsDialer.Channel channel;
        try {
            channel = dialer.connect(endpoint.address(), endpoint.port());
        } catch (ScopeException e) {
            return new Fetched(HttpAnswer.failed(request, Failure.SCOPE, message(e), since(start)), null);
        } catch (ConnectException e) {
            return new Fetched(HttpAnswer.failed(request, Failure.REFUSED, message(e), since(start)), null);
        } catch (IOException e) {
            return new Fetched(HttpAnswer.failed(request, Failure.CONNECT, message(e), since(start)), null);
        }
        try (channel) {
            TlsFacts tls;
            try {
                tls = channel.startTls(endpoint.hostName());
            } catch (IOException e) {
                return new Fetched(HttpAnswer.failed(request, Failure.TLS, message(e), since(start)), null);
            }
            try {
                OutputStream out = channel.output();
                out.write(requestBytes(endpoint, target, extraHeaders));
                out.flush();
                // connect and handshake were steps of their own; the answer gets the whole timeout
                return new Fetched(read(request, channel.input(), start, System.nanoTime() + timeout.toNanos()), tls);
            } catch (SocketTimeoutException e) {
                return new Fetched(HttpAnswer.failed(request, Failure.TIMEOUT, message(e), since(start)), tls);
            } catch (IOException e) {
                return new Fetched(HttpAnswer.failed(request, Failure.PROTOCOL, message(e), since(start)), tls);
            }
        } finally {
            if (Thread.interrupted()) {
                throw new InterruptedException("probe of " + endpoint + " cancelled");
            }
        }
    }

    private byte[] requestBytes(Endpoint endpoint, String target, List<Map.Entry<String, String>> extra) {
        StringBuilder r = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        r.append("Host: ").append(endpoint.hostHeader()).append("\r\n");
        r.append("User-Agent: ").append(userAgent).append("\r\n");
        r.append("Accept: */*\r\n");
        for (Map.Entry<String, String> h : extra) {
            r.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        r.append("Connection: close\r\n\r\n");
        return r.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private HttpAnswer read(String request, InputStream raw, long start, long deadline) throws IOException {
        BoundedReader in = new BoundedReader(raw, deadline);
        String statusLine = in.line();
        Matcher m = STATUS_LINE.matcher(statusLine);
        if (!m.matches()) {
            throw new IOException("not an HTTP status line: '" + printable(statusLine) + "'");
        }
        int status = Integer.parseInt(m.group(1));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = in.line(); !line.isEmpty(); line = in.line()) {
            int colon = line.indexOf(':');
            if (colon <= 0 || headers.size() >= MAX_HEADERS) {
                throw new IOException("malformed or too many headers at '" + printable(line) + "'");
            }
            headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        String body;
        try {
            body = body(in, headers);
        } catch (IOException e) {
            // the status and headers decide; a body cut off by time or size stays evidence
            body = "[body incomplete: " + e.getMessage() + "]";
        }
        return new HttpAnswer(request, status, headers, body, since(start), null);
    }

    private static String body(BoundedReader in, List<Map.Entry<String, String>> headers) throws IOException {
        String length = null;
        boolean chunked = false;
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase("Content-Length")) {
                length = h.getValue();
            } else if (h.getKey().equalsIgnoreCase("Transfer-Encoding")) {
                chunked = h.getValue().toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            while (body.size() < MAX_BODY) {
                String size = in.line().split(";", 2)[0].trim();
                int n;
                try {
                    n = Integer.parseInt(size, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size '" + printable(size) + "'");
                }
                if (n == 0) {
                    break;
                }
                in.copy(body, Math.min(n, MAX_BODY - body.size()));
                in.line();
            }
        } else if (length != null) {
            long n;
            try {
                n = Long.parseLong(length);
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length '" + printable(length) + "'");
            }
            in.copy(body, (int) Math.min(n, MAX_BODY));
        } else {
            in.copy(body, MAX_BODY);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Reads lines and bytes until the answer's deadline; a line is at most {@link #MAX_LINE} bytes. */
    private static final class BoundedReader {
        private final InputStream in;
        private final long deadline;

        BoundedReader(InputStream in, long deadline) {
            this.in = new BufferedInputStream(in);
            this.deadline = deadline;
        }

        int next() throws IOException {
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("answer not complete within the timeout");
            }
            return in.read();
        }

        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = next(); c != '\n'; c = next()) {
                if (c < 0) {
                    throw new IOException("connection closed " + (line.size() == 0 ? "without an answer"
                            : "inside '" + printable(line.toString(StandardCharsets.ISO_8859_1)) + "'"));
                }
                if (line.size() >= MAX_LINE) {
                    throw new IOException("line longer than " + MAX_LINE + " bytes");
                }
                line.write(c);
            }
            String s = line.toString(StandardCharsets.ISO_8859_1);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        void copy(ByteArrayOutputStream to, int max) throws IOException {
            for (int i = 0; i < max; i++) {
                int c = next();
                if (c < 0) {
                    return;
                }
                to.write(c);
            }
        }
    }

    static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        StringBuilder b = new StringBuilder();
        for (char c : cut.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c & 0xff));
        }
        return b.toString();
    }

    private static String message(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
