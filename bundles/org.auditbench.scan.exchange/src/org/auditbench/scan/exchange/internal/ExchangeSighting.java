package org.auditbench.scan.exchange.internal;

import org.auditbench.scan.Fact;
import org.auditbench.scan.exchange.EndpointReport;

/**
 * What the HTTPS probes of one address found: the report, or why the address was not probed (Microsoft
 * 365 is Microsoft's to patch, and its servers are not ours to probe).
 */
public record ExchangeSighting(EndpointReport report, String notProbed) {

    public static final Fact<ExchangeSighting> FACT = Fact.of("exchange.endpoint", ExchangeSighting.class);
}
