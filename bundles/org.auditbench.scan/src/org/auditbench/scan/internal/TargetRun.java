package org.auditbench.scan.internal;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.scan.ScanTarget;

/** One target's share of a domain scan: its facts, its observations and the targets below it. */
final class TargetRun {

    final ScanTarget target;
    final FactScope facts;
    final List<Finding> findings = new ArrayList<>();
    final List<TargetRun> children = new ArrayList<>();

    TargetRun(ScanTarget target, FactScope facts) {
        this.target = target;
        this.facts = facts;
    }

    /** One check's result with its time. */
    record Finding(String checkId, org.auditbench.scan.CheckResult result, java.util.Date observedAt, long durationMillis) {
    }
}
