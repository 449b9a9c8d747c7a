package org.auditbench.scan.dns.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.Network;

/**
 * Fetches the MTA-STS policy as a sender would (RFC 8461 3.3): HTTPS GET of
 * {@code /.well-known/mta-sts.txt} on {@code mta-sts.DOMAIN}, the certificate validated against the
 * trusted authorities and the name, TLS 1.2 or newer, no redirect followed, at most 64 KB, the whole answer
 * within the timeout. The engine's connections accept every certificate (to record it), so this one is
 * opened under a {@link Network#permit permit} with a validating TLS client.
 */
final class PolicyFetcher {

    static final int MAX_POLICY = 64 * 1024;
    static final String PATH = "/.well-known/mta-sts.txt";

    /** The body of a 200 answer, or why there is none (the policy counts as unreachable or untrusted then). */
    record Fetched(String body, String problem, String evidence) {
    }

    private final Network network;
    private final CertificateTrust trust;
    private final String userAgent;

    PolicyFetcher(Network network, CertificateTrust trust, String userAgent) {
        this.userAgent = userAgent;
        this.network = network;
        this.trust = trust;
    }

    Fetched fetch(String host, InetAddress address) throws InterruptedException {
        String url = "https://" + host + PATH;
        int millis = (int) Math.min(Integer.MAX_VALUE, network.timeout().toMillis());
        try (Network.Permit permit = network.permit(address); Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, 443), millis);
            plain.setSoTimeout(millis);
            SSLSocket tls = (SSLSocket) trust.context().getSocketFactory().createSocket(plain, host, 443, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
            parameters.setServerNames(List.of(new javax.net.ssl.SNIHostName(host)));
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            String connected = url + " (" + address.getHostAddress() + ", " + tls.getSession().getProtocol() + ", certificate trusted)";
            OutputStream out = tls.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return answer(read(tls.getInputStream(), System.nanoTime() + network.timeout().toNanos()), connected);
        } catch (SSLHandshakeException e) {
            return new Fetched(null, Messages.MtaSts_untrusted, url + ": " + e.getMessage());
        } catch (SocketTimeoutException e) {
            return new Fetched(null, Messages.MtaSts_timeout, url + ": " + e.getMessage());
        } catch (IOException e) {
            return new Fetched(null, Messages.MtaSts_unreachable, url + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static byte[] read(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            all.write(buffer, 0, n);
            if (all.size() > MAX_POLICY + 8 * 1024) {
                throw new IOException("answer larger than " + MAX_POLICY + " bytes");
            }
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("answer not complete within the timeout");
            }
        }
        return all.toByteArray();
    }

    /** Status line, headers, body; chunked bodies are not expected of a static policy file and refused. */
    private static Fetched answer(byte[] raw, String connected) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Fetched(null, Messages.MtaSts_notHttp, connected);
        }
        String head = text.substring(0, end);
        String status = head.lines().findFirst().orElse("");
        String evidence = connected + "\n" + head;
        if (!status.matches("HTTP/1\\.[01] 200\\b.*")) {
            return new Fetched(null, Messages.MtaSts_status, evidence);
        }
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            return new Fetched(null, Messages.MtaSts_notHttp, evidence);
        }
        String body = text.substring(end + 4);
        if (body.length() > MAX_POLICY) {
            return new Fetched(null, Messages.MtaSts_tooLarge, evidence);
        }
        return new Fetched(body, null, evidence + "\n\n" + body);
    }
}
