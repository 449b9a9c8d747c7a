package org.auditbench.scan.exchange;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.auditbench.scan.TlsFacts;
import org.auditbench.scan.exchange.internal.HttpsClient;

/**
 * Sends the probe requests to one endpoint and collects the answers, each on its own connection:
 * <ul>
 * <li>stops after the first request when that one got no HTTP answer (nothing to learn from a closed port
 * or a broken handshake, and a silent server would otherwise cost one timeout per request), or when the
 * certificate shows Microsoft's cloud (autodiscover.DOMAIN of a Microsoft 365 customer);</li>
 * <li>skips the login page and the export tool when X-OWA-Version already named the full build, and
 * AutoDiscover when any answer did or when nothing showed Exchange yet;</li>
 * <li>sends the ProxyShell and ProxyNotShell requests only to a confirmed Exchange, as the public checks
 * do: their 302 proves nothing on a web server that redirects everything. The ProxyLogon request goes to
 * every endpoint, as Microsoft's script did: its answer header is itself the sign of Exchange.</li>
 * </ul>
 */
public final class ExchangeProbe {

    private final HttpsClient client;

    /**
     * @param timeout the most one request may take, from connect to the end of its answer
     * @param userAgent the User-Agent of the requests (the settings' {@link org.auditbench.scan.ScanSettings#userAgent()})
     */
    public ExchangeProbe(HttpsDialer dialer, Duration timeout, String userAgent) {
        this.client = new HttpsClient(dialer, timeout, userAgent);
    }

    /** @throws InterruptedException when cancelled; the connection in use is closed */
    public EndpointReport probe(Endpoint endpoint) throws InterruptedException {
        Map<ProbeStep, HttpAnswer> answers = new EnumMap<>(ProbeStep.class);
        TlsFacts tls = null;
        for (ProbeStep step : ProbeStep.values()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("probe of " + endpoint + " cancelled");
            }
            if (skip(step, answers)) {
                continue;
            }
            HttpsClient.Fetched fetched = client.get(endpoint, step.target(), step.headers());
            answers.put(step, fetched.answer());
            tls = tls != null ? tls : fetched.tls();
            if (step == ProbeStep.OWA && (!fetched.answer().answered()
                    || new EndpointReport(endpoint, answers, tls).microsoftCloud().isPresent())) {
                break;
            }
        }
        return new EndpointReport(endpoint, answers, tls);
    }

    private static boolean skip(ProbeStep step, Map<ProbeStep, HttpAnswer> answers) {
        return switch (step) {
            case LOGON_PAGE, EXPORT_TOOL -> answers.get(ProbeStep.OWA).header("X-OWA-Version")
                    .flatMap(ExchangeBuild::parse).filter(ExchangeBuild::hasRevision).isPresent();
            case AUTODISCOVER -> BuildDetector.exchangeSignals(answers).isEmpty()
                    || BuildDetector.build(answers).map(b -> b.build().hasRevision()).orElse(false);
            case PROXY_SHELL, PROXY_NOT_SHELL -> BuildDetector.exchangeSignals(answers).isEmpty();
            default -> false;
        };
    }
}
