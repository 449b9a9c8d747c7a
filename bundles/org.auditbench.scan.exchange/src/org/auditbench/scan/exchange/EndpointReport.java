package org.auditbench.scan.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.TlsFacts;
import org.eclipse.osgi.util.NLS;

/**
 * Everything the probes saw on one endpoint: every answer (or why none came), the TLS facts, the
 * build and the signs of Exchange. The verdicts are derived from it; the evidence is printed from it.
 *
 * @param tls the TLS facts of the first completed handshake, or {@code null}
 */
public record EndpointReport(Endpoint endpoint, Map<ProbeStep, HttpAnswer> answers, TlsFacts tls) {

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

    /**
     * Why the endpoint is Microsoft's cloud (Exchange Online), or empty: its certificate is for
     * outlook.com or office365.com names, as where autodiscover.DOMAIN points to Microsoft 365. Microsoft
     * patches those servers; they are not ours to probe.
     */
    public Optional<String> microsoftCloud() {
        if (tls == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(tls.subjectAltNames());
        Matcher cn = COMMON_NAME.matcher(tls.subject());
        if (cn.find()) {
            names.add(cn.group(1));
        }
        return names.stream().filter(n -> MICROSOFT_CLOUD.matcher(n).matches()).findFirst()
                .map(n -> NLS.bind(Messages.Cloud_certificate, n));
    }

    private static final Pattern COMMON_NAME = Pattern.compile("CN=([^,]+)");
    /** The name itself or any name below it, to the end: "outlook.com.example.test" does not count. */
    private static final Pattern MICROSOFT_CLOUD = Pattern.compile("(?:.*\\.)?(?:outlook\\.com|office365\\.com)",
            Pattern.CASE_INSENSITIVE);

    /**
     * What every judgement of an own Exchange says before looking at it: nothing answered (the failure's
     * status), Microsoft's cloud or no Exchange (NOT_APPLICABLE); empty when there is an Exchange to judge.
     */
    public Optional<CheckResult> unjudged(String evidence) {
        if (!answeredHttp()) {
            return Optional.of(new CheckResult(failure().status(), NLS.bind(Messages.Verdict_httpsFailed, endpoint, failure().text()),
                    evidence));
        }
        Optional<String> cloud = microsoftCloud();
        if (cloud.isPresent()) {
            return Optional.of(new CheckResult(CheckStatus.NOT_APPLICABLE, NLS.bind(Messages.Verdict_cloud, cloud.get()), evidence));
        }
        return isExchange() ? Optional.empty()
                : Optional.of(new CheckResult(CheckStatus.NOT_APPLICABLE, Messages.Lifecycle_noExchange, evidence));
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
            b.append("TLS ").append(tls.protocol()).append(' ').append(tls.cipherSuite()).append(", subject ").append(tls.subject())
                    .append(", issuer ").append(tls.issuer()).append(", expires ").append(tls.notAfter()).append(", names ")
                    .append(tls.subjectAltNames()).append(", name ").append(tls.nameMatches() ? "matches" : "does not match")
                    .append(", ").append(tls.trusted() ? "trusted" : "not trusted (self-signed or unknown issuer)").append('\n');
        }
        for (HttpAnswer a : answers.values()) {
            b.append(a.describe()).append('\n');
        }
        return b.toString();
    }
}
