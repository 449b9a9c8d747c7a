package org.auditbench.scan.exchange;

import java.util.List;
import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.eclipse.osgi.util.NLS;

/**
 * Turns what the probes saw into a verdict per vulnerability, probe and build together:
 * <ol>
 * <li>no HTTP answer at all: NOT_APPLICABLE (port closed), UNREACHABLE (no answer to the connect) or
 * ERROR (handshake, timeout, not HTTP);</li>
 * <li>a certificate of Microsoft's cloud: NOT_APPLICABLE (Exchange Online, Microsoft patches it);</li>
 * <li>the probe proves the hole (ProxyLogon: X-CalculatedBETarget contains "localhost", whatever the
 * status; ProxyShell: 302; ProxyNotShell: 302 without "Protocol" in the body; both only asked of a
 * confirmed Exchange): VULNERABLE;</li>
 * <li>no sign of Exchange: NOT_APPLICABLE;</li>
 * <li>Exchange 2003/2007/2010: OUT_OF_SUPPORT;</li>
 * <li>the build contains the fix: NOT_VULNERABLE; the build lacks it: VULNERABLE (a mitigation is no fix);</li>
 * <li>the probe's own negative answer where it is conclusive (ProxyLogon: no such header, as Microsoft's
 * rule, unless a gateway answered 502/503/504 or 429; ProxyShell: 400): NOT_VULNERABLE;</li>
 * <li>everything else: UNDETERMINED, to be verified on the server. A wrong "not vulnerable" is the worst
 * possible result, so doubt never ends in NOT_VULNERABLE.</li>
 * </ol>
 */
public final class ExchangeVerdicts {

    private final BuildTable table;

    public ExchangeVerdicts(BuildTable table) {
        this.table = table;
    }

    public CheckResult judge(EndpointReport report, ExchangeVulnerability vulnerability) {
        String evidence = report.evidence() + "build table: " + table.source();
        String name = vulnerability.cve() + " (" + vulnerability.nickname() + ")";
        if (!report.answeredHttp()) {
            HttpAnswer.Failure failure = report.failure();
            return new CheckResult(failure.status(), NLS.bind(Messages.Verdict_httpsFailed, report.endpoint(), failure.text()), evidence);
        }
        Optional<String> cloud = report.microsoftCloud();
        if (cloud.isPresent()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, NLS.bind(Messages.Verdict_cloud, cloud.get()),
                    evidence);
        }
        Optional<HttpAnswer> probe = report.answer(probeStep(vulnerability)).filter(HttpAnswer::answered);
        if (probe.isPresent() && provesHole(vulnerability, probe.get())) {
            return new CheckResult(CheckStatus.VULNERABLE, NLS.bind(Messages.Verdict_hole,
                    new Object[] { name, probe.get().request(), probe.get().status(), buildNote(report) }), evidence);
        }
        if (!report.isExchange()) {
            String server = report.answers().values().stream().flatMap(a -> a.header("Server").stream()).findFirst()
                    .map(s -> " (Server: " + s + ")").orElse("");
            return new CheckResult(CheckStatus.NOT_APPLICABLE, NLS.bind(Messages.Verdict_noExchange, server), evidence);
        }
        Optional<DetectedBuild> detected = report.build();
        if (detected.isPresent()) {
            ExchangeBuild build = detected.get().build();
            String known = table.explain(build);
            if (build.outOfSupport()) {
                return new CheckResult(CheckStatus.OUT_OF_SUPPORT, NLS.bind(Messages.Verdict_outOfSupport, known), evidence);
            }
            FixState state = table.fixState(build, vulnerability.fixReleased());
            if (state == FixState.FIXED) {
                return new CheckResult(CheckStatus.NOT_VULNERABLE, NLS.bind(Messages.Verdict_fixed,
                        new Object[] { name, known, vulnerability.fixReleased(), detected.get().source() }), evidence);
            }
            if (state == FixState.NOT_FIXED) {
                return new CheckResult(CheckStatus.VULNERABLE, NLS.bind(Messages.Verdict_notFixed,
                        new Object[] { name, known, vulnerability.fixReleased(), detected.get().source(), probeNote(probe) }), evidence);
            }
        }
        if (probe.isPresent() && conclusivelyNegative(vulnerability, probe.get())) {
            return new CheckResult(CheckStatus.NOT_VULNERABLE, NLS.bind(Messages.Verdict_probeFixed,
                    new Object[] { name, probe.get().request(), probe.get().status(), buildNote(report) }), evidence);
        }
        return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Verdict_undetermined,
                new Object[] { name, String.join(", ", report.exchangeSignals()), buildNote(report), probeNote(probe) }), evidence);
    }

    static ProbeStep probeStep(ExchangeVulnerability v) {
        return switch (v) {
            case PROXY_LOGON -> ProbeStep.PROXY_LOGON;
            case PROXY_SHELL -> ProbeStep.PROXY_SHELL;
            case PROXY_NOT_SHELL -> ProbeStep.PROXY_NOT_SHELL;
        };
    }

    static boolean provesHole(ExchangeVulnerability v, HttpAnswer a) {
        return switch (v) {
            case PROXY_LOGON -> a.headers().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("X-CalculatedBETarget")
                    && h.getValue().toLowerCase(java.util.Locale.ROOT).contains("localhost"));
            case PROXY_SHELL -> a.status() == 302;
            case PROXY_NOT_SHELL -> a.status() == 302 && !a.body().contains("Protocol");
        };
    }

    /**
     * ProxyLogon: any answer without the header, except a gateway's or an overloaded server's (the request
     * may never have reached Exchange). ProxyShell: only 400. ProxyNotShell has no conclusive negative
     * answer: a mitigation rule hides the hole just as well.
     */
    static boolean conclusivelyNegative(ExchangeVulnerability v, HttpAnswer a) {
        return switch (v) {
            case PROXY_LOGON -> !List.of(429, 502, 503, 504).contains(a.status());
            case PROXY_SHELL -> a.status() == 400;
            case PROXY_NOT_SHELL -> false;
        };
    }

    private String buildNote(EndpointReport report) {
        return report.build().map(b -> NLS.bind(Messages.Note_build, table.explain(b.build()))).orElse(Messages.Note_buildHidden);
    }

    private static String probeNote(Optional<HttpAnswer> probe) {
        return probe.map(a -> NLS.bind(Messages.Note_probe, a.status())).orElse(Messages.Note_probeSilent);
    }
}
