package org.auditbench.scan.exchange.internal;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Fact;
import org.auditbench.scan.exchange.EndpointReport;

/**
 * What the HTTPS probes of one address found: the report, or the status and reason why the address was
 * not probed (Microsoft 365 is Microsoft's to patch and its servers are not ours to probe; the port scan
 * already found 443 closed or blocked).
 */
public record ExchangeSighting(EndpointReport report, CheckStatus status, String reason) {

    public static final Fact<ExchangeSighting> FACT = Fact.of("exchange.endpoint", ExchangeSighting.class);

    static ExchangeSighting notProbed(CheckStatus status, String reason) {
        return new ExchangeSighting(null, status, reason);
    }
}
