package org.auditbench.scan.exchange.internal;

import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.BuildTables;
import org.auditbench.scan.exchange.DetectedBuild;
import org.auditbench.scan.exchange.Endpoint;
import org.auditbench.scan.exchange.EndpointReport;
import org.auditbench.scan.exchange.ExchangeProbe;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code exchange.https} (address): probes HTTPS on the mail host's address under the host's name,
 * finds Exchange and its build, and leaves the report as fact {@code exchange.endpoint} for the
 * vulnerability checks. Microsoft 365 addresses are not probed, nor ports the port scan found closed or
 * blocked (a port left out of the scan's list is probed).
 */
public final class ExchangeHttpsCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        Optional<String> cloud = MicrosoftCloud.reason(context);
        if (cloud.isPresent()) {
            return notProbed(context, CheckStatus.NOT_APPLICABLE, NLS.bind(Messages.Https_cloudNotProbed, cloud.get()));
        }
        PortStatus https = context.need(Facts.PORTS).state(Endpoint.HTTPS);
        if (https == PortStatus.CLOSED) {
            return notProbed(context, CheckStatus.NOT_APPLICABLE, Messages.Https_portClosed);
        }
        if (https == PortStatus.FILTERED) {
            return notProbed(context, CheckStatus.UNREACHABLE, Messages.Https_portBlocked);
        }
        Endpoint endpoint = new Endpoint(context.target().host(), context.target().address(), Endpoint.HTTPS);
        EndpointReport report = new ExchangeProbe(new EngineDialer(context.network()), context.network().timeout(), context.settings().userAgent())
                .probe(endpoint);
        context.put(ExchangeSighting.FACT, new ExchangeSighting(report, null, null));
        return describe(report, BuildTables.of(context.settings()));
    }

    private static CheckResult notProbed(CheckContext context, CheckStatus status, String reason) {
        context.put(ExchangeSighting.FACT, ExchangeSighting.notProbed(status, reason));
        return CheckResult.of(status, reason);
    }

    static CheckResult describe(EndpointReport report, BuildTable table) {
        if (!report.answeredHttp()) {
            return new CheckResult(report.failure().status(), NLS.bind(Messages.Https_failed, report.failure().text()), report.evidence());
        }
        Optional<String> cloud = report.microsoftCloud();
        if (cloud.isPresent()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, NLS.bind(Messages.Https_cloud, cloud.get()), report.evidence());
        }
        if (!report.isExchange()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, Messages.Https_notExchange, report.evidence());
        }
        Optional<DetectedBuild> build = report.build();
        String what = build.map(b -> NLS.bind(Messages.Https_build, table.explain(b.build()), b.source()))
                .orElse(Messages.Https_buildHidden);
        return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.Https_signals, what, String.join(", ", report.exchangeSignals())),
                report.evidence());
    }
}
