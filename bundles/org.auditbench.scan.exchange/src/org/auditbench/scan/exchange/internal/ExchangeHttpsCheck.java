package org.auditbench.scan.exchange.internal;

import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.DetectedBuild;
import org.auditbench.scan.exchange.Endpoint;
import org.auditbench.scan.exchange.EndpointReport;
import org.auditbench.scan.exchange.ExchangeProbe;

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
            return notProbed(context, CheckStatus.NOT_APPLICABLE, cloud.get() + ": not probed, Microsoft patches it");
        }
        PortStatus https = context.need(Facts.PORTS).state(Endpoint.HTTPS);
        if (https == PortStatus.CLOSED) {
            return notProbed(context, CheckStatus.NOT_APPLICABLE, "port 443 closed (port scan): no HTTPS service");
        }
        if (https == PortStatus.FILTERED) {
            return notProbed(context, CheckStatus.UNREACHABLE, "port 443 blocked (port scan): no answer");
        }
        Endpoint endpoint = new Endpoint(context.target().host(), context.target().address(), Endpoint.HTTPS);
        EndpointReport report = new ExchangeProbe(new EngineDialer(context.network()), context.network().timeout())
                .probe(endpoint);
        context.put(ExchangeSighting.FACT, new ExchangeSighting(report, null, null));
        return describe(report);
    }

    private static CheckResult notProbed(CheckContext context, CheckStatus status, String reason) {
        context.put(ExchangeSighting.FACT, ExchangeSighting.notProbed(status, reason));
        return CheckResult.of(status, reason);
    }

    static CheckResult describe(EndpointReport report) {
        if (!report.answeredHttp()) {
            return new CheckResult(report.failure().status(), "HTTPS: " + report.failure().text(), report.evidence());
        }
        Optional<String> cloud = report.microsoftCloud();
        if (cloud.isPresent()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, cloud.get() + ": not probed further", report.evidence());
        }
        if (!report.isExchange()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, "HTTPS answers, but it is no Exchange", report.evidence());
        }
        Optional<DetectedBuild> build = report.build();
        String what = build.map(b -> "Exchange build " + BuildTable.shipped().explain(b.build()) + ", from the " + b.source())
                .orElse("Exchange, build not visible");
        return new CheckResult(CheckStatus.INFO, what + " (" + String.join(", ", report.exchangeSignals()) + ")",
                report.evidence());
    }
}
