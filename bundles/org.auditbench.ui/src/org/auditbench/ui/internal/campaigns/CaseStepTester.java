package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;

import org.auditbench.core.CaseStep;
import org.auditbench.model.AuditCase;
import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.auditbench.ui.case.offers}: whether the workflow would take the step named by the argument
 * (a {@link CaseStep} constant) on the case today, so that a command the workflow would refuse is
 * disabled instead of failing.
 */
public final class CaseStepTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof AuditCase auditCase && args.length == 1
                && CaseStep.valueOf(String.valueOf(args[0])).offeredFor(auditCase, LocalDate.now());
    }
}
