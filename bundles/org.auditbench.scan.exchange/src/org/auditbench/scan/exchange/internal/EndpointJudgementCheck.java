package org.auditbench.scan.exchange.internal;

import java.util.function.BiFunction;

import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.exchange.BuildOnlyVerdicts;
import org.auditbench.scan.exchange.BuildOnlyVulnerability;
import org.auditbench.scan.exchange.BuildTables;
import org.auditbench.scan.exchange.EndpointReport;
import org.auditbench.scan.exchange.ExchangeLifecycle;
import org.auditbench.scan.exchange.OwaExposure;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * Checks that judge what {@code exchange.https} saw without sending anything more (address): the
 * extension's class data names which: {@code exchange.lifecycle} (support and update level on the day
 * judged), {@code exchange.owa} (OWA/ECP reachable) or a {@link BuildOnlyVulnerability}'s CVE.
 */
public final class EndpointJudgementCheck implements Check, IExecutableExtension {

    private BiFunction<EndpointReport, ScanSettings, CheckResult> judgement;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        judgement = judgement(String.valueOf(data));
    }

    /** @throws IllegalArgumentException for an unknown name */
    static BiFunction<EndpointReport, ScanSettings, CheckResult> judgement(String name) {
        switch (name) {
            case "exchange.lifecycle":
                return (report, settings) -> new ExchangeLifecycle(BuildTables.of(settings), settings.judgedOn()).judge(report);
            case "exchange.owa":
                return (report, settings) -> OwaExposure.judge(report);
            default:
                for (BuildOnlyVulnerability v : BuildOnlyVulnerability.values()) {
                    if (v.cve().equals(name)) {
                        return (report, settings) -> new BuildOnlyVerdicts(BuildTables.of(settings)).judge(report, v);
                    }
                }
                throw new IllegalArgumentException("unknown Exchange judgement '" + name + "'");
        }
    }

    @Override
    public CheckResult run(CheckContext context) {
        ExchangeSighting sighting = context.need(ExchangeSighting.FACT);
        if (sighting.report() == null) {
            return CheckResult.of(sighting.status(), sighting.reason());
        }
        return judgement.apply(sighting.report(), context.settings());
    }
}
