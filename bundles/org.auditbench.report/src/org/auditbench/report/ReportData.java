package org.auditbench.report;

import java.util.Map;

import org.auditbench.core.BadInputException;

/**
 * Fills a report design: reads the store through the run's {@link ReportInput} and returns the objects
 * the design's scripted data sets read, by key, in the BIRT application context. Figures and verdicts
 * come from {@code org.auditbench.core}; an implementation only arranges them for printing.
 * Contributed as the {@code data} class of a report; a new instance is made for every run.
 */
public interface ReportData {

    /** @throws BadInputException when the scope or a parameter does not fit the report (the message says which) */
    Map<String, Object> collect(ReportInput input) throws BadInputException;
}
