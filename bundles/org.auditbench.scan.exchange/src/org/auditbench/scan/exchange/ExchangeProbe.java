package org.auditbench.scan.exchange;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.auditbench.scan.exchange.internal.HttpsClient;

/**
 * Sends the probe requests to one endpoint and collects the answers. Stops after the first request when
 * that one got no HTTP answer (nothing to learn from a closed port or a broken handshake, and a silent
 * server would otherwise cost one timeout per request). The ProxyNotShell request is only sent once
 * Exchange is confirmed, as the public checks do.
 */
public final class ExchangeProbe {

    private final HttpsClient client;

    /** @param timeout the most one request may take, from connect to the end of its answer */
    public ExchangeProbe(HttpsDialer dialer, Duration timeout) {
        this.client = new HttpsClient(dialer, timeout);
    }

    /** @throws InterruptedException when cancelled; the connection in use is closed */
    public EndpointReport probe(Endpoint endpoint) throws InterruptedException {
        Map<ProbeStep, HttpAnswer> answers = new EnumMap<>(ProbeStep.class);
        String tls = null;
        for (ProbeStep step : ProbeStep.values()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("probe of " + endpoint + " cancelled");
            }
            if (step == ProbeStep.PROXY_NOT_SHELL && BuildDetector.exchangeSignals(answers).isEmpty()) {
                break;
            }
            HttpsClient.Fetched fetched = client.get(endpoint, step.target(), step.headers());
            answers.put(step, fetched.answer());
            tls = tls != null ? tls : fetched.tls();
            if (step == ProbeStep.OWA && !fetched.answer().answered()) {
                break;
            }
        }
        return new EndpointReport(endpoint, answers, tls);
    }
}
