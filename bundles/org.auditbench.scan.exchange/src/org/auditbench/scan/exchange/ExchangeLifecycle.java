package org.auditbench.scan.exchange;

import java.time.LocalDate;
import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.eclipse.osgi.util.NLS;

/**
 * Support and update level of an Exchange seen from outside, judged on one day and kept apart from the
 * vulnerability verdicts (an out-of-support server may still be vulnerable, and says so there):
 * <ul>
 * <li>a product whose support ended by that day (2013, 2016, 2019 and older): OUT_OF_SUPPORT;</li>
 * <li>a supported product (Exchange SE; 2016/2019 before their end) at the newest update the build
 * table knows on that day, or newer: OK; behind it: WARNING naming the missing update;</li>
 * <li>a build without revision (the {@code /owa/auth/15.2.2562/} path) or no build at all:
 * UNDETERMINED, never "current";</li>
 * <li>no Exchange: NOT_APPLICABLE.</li>
 * </ul>
 */
public final class ExchangeLifecycle {

    static final String ESU_NOTE = "The paid Extended Security Updates (ESU) for Exchange 2016 CU23 and 2019 CU14/CU15"
            + " are no support: they were not public, and their last period ended in October 2026 without extension.";

    private final BuildTable table;
    private final LocalDate day;

    /** @param day the day judged on: what was supported and released then */
    public ExchangeLifecycle(BuildTable table, LocalDate day) {
        this.table = table;
        this.day = day;
    }

    public CheckResult judge(EndpointReport report) {
        String evidence = report.evidence() + "judged on " + day + "\n" + ESU_NOTE + "\nbuild table: " + table.source()
                + " (state " + table.state() + ")";
        Optional<CheckResult> unjudged = report.unjudged(evidence);
        if (unjudged.isPresent()) {
            return unjudged.get();
        }
        Optional<DetectedBuild> detected = report.build();
        if (detected.isEmpty()) {
            return new CheckResult(CheckStatus.UNDETERMINED,
                    NLS.bind(Messages.Lifecycle_buildHidden, String.join(", ", report.exchangeSignals())), evidence);
        }
        CheckResult result = judge(detected.get());
        return new CheckResult(result.status(), result.summary() + staleNote(), evidence);
    }

    /** The verdict on a build alone. */
    public CheckResult judge(DetectedBuild detected) {
        ExchangeBuild build = detected.build();
        ExchangeProduct product = ExchangeProduct.of(build);
        String known = table.explain(build);
        if (!product.supportedOn(day)) {
            return CheckResult.of(CheckStatus.OUT_OF_SUPPORT,
                    NLS.bind(Messages.Lifecycle_outOfSupport, new Object[] { product.label(), known, product.lastDayOfSupport() }));
        }
        if (!build.hasRevision()) {
            return CheckResult.of(CheckStatus.UNDETERMINED, NLS.bind(Messages.Lifecycle_levelUnknown, known, detected.source()));
        }
        Optional<BuildRelease> newest = newestUpdate(build, product);
        if (newest.isEmpty()) {
            return CheckResult.of(CheckStatus.UNDETERMINED, NLS.bind(Messages.Lifecycle_notInTable, known, detected.source()));
        }
        if (build.compareTo(newest.get().build()) >= 0) {
            return CheckResult.of(CheckStatus.OK, NLS.bind(Messages.Lifecycle_current, known, newest.get().describe()));
        }
        return CheckResult.of(CheckStatus.WARNING, NLS.bind(Messages.Lifecycle_behind, known, newest.get().build() + " = "
                + newest.get().describe()));
    }

    /**
     * The newest update known to be out on the day: for Exchange SE any SE build (a later SE CU carries
     * every fix), for 2016/2019 before their end only updates of the build's own cumulative update.
     */
    private Optional<BuildRelease> newestUpdate(ExchangeBuild build, ExchangeProduct product) {
        BuildRelease newest = null;
        for (BuildRelease r : table.all()) {
            boolean sameLine = product == ExchangeProduct.SE ? ExchangeProduct.of(r.build()) == ExchangeProduct.SE
                    : r.build().sameCumulativeUpdate(build);
            if (sameLine && !r.latest().isAfter(day) && (newest == null || r.build().compareTo(newest.build()) > 0)) {
                newest = r;
            }
        }
        return Optional.ofNullable(newest);
    }

    private String staleNote() {
        return BuildTables.stale(table, day) ? NLS.bind(Messages.Lifecycle_staleTable, table.state(), BuildTables.MAX_AGE_DAYS) : "";
    }
}
