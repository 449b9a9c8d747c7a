package org.auditbench.scan.exchange;

import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.eclipse.osgi.util.NLS;

/**
 * The verdict on a {@link BuildOnlyVulnerability}: no probe is sent, the build alone decides, and both
 * summary and evidence say so. Exchange 2013 and older never got these fixes: OUT_OF_SUPPORT. No build or
 * a build without revision in a fixed cumulative update: UNDETERMINED.
 */
public final class BuildOnlyVerdicts {

    private final BuildTable table;

    public BuildOnlyVerdicts(BuildTable table) {
        this.table = table;
    }

    public CheckResult judge(EndpointReport report, BuildOnlyVulnerability v) {
        String evidence = report.evidence() + "verdict by the build alone, no probe sent; first fixed builds " + v.firstFixed()
                + "; " + v.caveat() + "\nbuild table: " + table.source();
        Optional<CheckResult> unjudged = report.unjudged(evidence);
        if (unjudged.isPresent()) {
            return unjudged.get();
        }
        String name = v.cve() + " (" + v.nickname() + ")";
        Optional<DetectedBuild> detected = report.build();
        if (detected.isEmpty()) {
            return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.BuildOnly_hidden, name), evidence);
        }
        ExchangeBuild build = detected.get().build();
        String known = table.explain(build);
        ExchangeProduct product = ExchangeProduct.of(build);
        if (product == ExchangeProduct.OLDER || product == ExchangeProduct.EXCHANGE_2013) {
            return new CheckResult(CheckStatus.OUT_OF_SUPPORT, NLS.bind(Messages.BuildOnly_outOfSupport, name, known), evidence);
        }
        return switch (v.fixState(build)) {
            case FIXED -> new CheckResult(v.whenFixed(), NLS.bind(v.whenFixed() == CheckStatus.NOT_VULNERABLE
                    ? Messages.BuildOnly_fixed : Messages.BuildOnly_fixedButConfiguration, name, known), evidence);
            case NOT_FIXED -> new CheckResult(CheckStatus.VULNERABLE, NLS.bind(Messages.BuildOnly_notFixed, name, known), evidence);
            case UNKNOWN -> new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.BuildOnly_unknown, name, known), evidence);
        };
    }
}
