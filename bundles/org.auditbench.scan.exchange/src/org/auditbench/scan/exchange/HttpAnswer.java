package org.auditbench.scan.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.model.CheckStatus;

/**
 * The answer to one probe request, or why there was none. Redirects are never followed.
 *
 * @param request the request line as sent, e.g. "GET /owa/auth/x.js"
 * @param status the HTTP status, or 0 when no response came
 * @param headers the response headers in order, names as sent
 * @param body the start of the body (bounded)
 * @param took from connect to the end of the answer
 * @param failure why no (complete) response came, or {@code null}
 */
public record HttpAnswer(String request, int status, List<Map.Entry<String, String>> headers, String body,
        Duration took, Failure failure) {

    public HttpAnswer {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** Why a request got no usable answer, from the least to the most telling. */
    public enum Failure {
        /** The scan's scope guard refused the address: nothing was sent. */
        SCOPE,
        /** The port is closed (connection refused): there is no HTTPS service. */
        REFUSED,
        /** No answer to the TCP connect (filtered, host down, no route): the endpoint is unreachable. */
        CONNECT,
        /** The TLS handshake failed or timed out. */
        TLS,
        /** The response did not come within the timeout. */
        TIMEOUT,
        /** The answer was not HTTP. */
        PROTOCOL;

        /** The reason in words, in the workbench's language. */
        public String text() {
            return switch (this) {
                case SCOPE -> Messages.Failure_SCOPE;
                case REFUSED -> Messages.Failure_REFUSED;
                case CONNECT -> Messages.Failure_CONNECT;
                case TLS -> Messages.Failure_TLS;
                case TIMEOUT -> Messages.Failure_TIMEOUT;
                case PROTOCOL -> Messages.Failure_PROTOCOL;
            };
        }

        /**
         * What a check says when nothing answered for this reason: a closed port means no HTTPS endpoint
         * (NOT_APPLICABLE), a connect without answer UNREACHABLE, anything else ERROR.
         */
        public CheckStatus status() {
            return switch (this) {
                case REFUSED -> CheckStatus.NOT_APPLICABLE;
                case CONNECT -> CheckStatus.UNREACHABLE;
                default -> CheckStatus.ERROR;
            };
        }
    }

    public static HttpAnswer failed(String request, Failure failure, String detail, Duration took) {
        return new HttpAnswer(request, 0, List.of(), detail, took, failure);
    }

    public boolean answered() {
        return failure == null;
    }

    /** The first header of this name (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** One line per answer for the evidence: status, every header, timing. */
    public String describe() {
        StringBuilder b = new StringBuilder(request).append(" -> ");
        if (!answered()) {
            b.append(failure.text()).append(body.isEmpty() ? "" : ": " + body);
        } else {
            b.append(status);
            for (Map.Entry<String, String> h : headers) {
                String v = h.getValue();
                b.append("; ").append(h.getKey()).append(": ").append(v.length() > 160 ? v.substring(0, 160) + "..." : v);
            }
        }
        return b.append(" (").append(took.toMillis()).append(" ms)").toString();
    }
}
