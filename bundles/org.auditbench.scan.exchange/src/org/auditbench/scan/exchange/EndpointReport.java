package org.auditbench.scan.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the probes saw on one endpoint: every answer (or why none came), the TLS facts, the
 * build and the signs of Exchange. The verdicts are derived from it; the evidence is printed from it.
 *
 * @param tls the TLS facts of the first completed handshake, or {@code null}
 */
public record EndpointReport(Endpoint endpoint, Map<ProbeStep, HttpAnswer> answers, String tls) {

    public EndpointReport {
        answers = Collections.unmodifiableMap(new EnumMap<>(answers));
    }

    public Optional<HttpAnswer> answer(ProbeStep step) {
        return Optional.ofNullable(answers.get(step));
    }

    /** At least one request got an HTTP answer. */
    public boolean answeredHttp() {
        return answers.values().stream().anyMatch(HttpAnswer::answered);
    }

    /** Why nothing answered: the first request's failure; {@code null} when something answered. */
    public HttpAnswer.Failure failure() {
        return answeredHttp() ? null : answers.get(ProbeStep.OWA).failure();
    }

    public List<String> exchangeSignals() {
        return BuildDetector.exchangeSignals(answers);
    }

    public boolean isExchange() {
        return !exchangeSignals().isEmpty();
    }

    public Optional<DetectedBuild> build() {
        return BuildDetector.build(answers);
    }

    /** The raw evidence: endpoint, TLS facts, one line per request with status and headers. */
    public String evidence() {
        StringBuilder b = new StringBuilder("endpoint ").append(endpoint).append('\n');
        if (tls != null) {
            b.append("TLS ").append(tls).append('\n');
        }
        for (HttpAnswer a : answers.values()) {
            b.append(a.describe()).append('\n');
        }
        return b.toString();
    }
}
