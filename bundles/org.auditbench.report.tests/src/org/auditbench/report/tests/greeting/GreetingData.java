package org.auditbench.report.tests.greeting;

import java.util.Map;

import org.auditbench.core.BadInputException;
import org.auditbench.report.ReportData;
import org.auditbench.report.ReportInput;

/** The data of the test bundle's own report: the institution's name and city from the store. */
public final class GreetingData implements ReportData {

    @Override
    public Map<String, Object> collect(ReportInput input) throws BadInputException {
        var institution = input.requireInstitution();
        return Map.of("greeting.name", institution.getName(), "greeting.city",
                institution.getCity() == null ? "" : institution.getCity());
    }
}
