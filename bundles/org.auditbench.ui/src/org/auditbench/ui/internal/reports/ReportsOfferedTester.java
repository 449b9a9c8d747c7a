package org.auditbench.ui.internal.reports;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.auditbench.ui.report.offered}: whether any contributed report runs on the selected object's
 * scope, so Run Report... is enabled only where there is something to run.
 */
public final class ReportsOfferedTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return ReportTarget.of(receiver).map(target -> !target.reports().isEmpty()).orElse(false);
    }
}
