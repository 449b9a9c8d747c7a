package org.auditbench.scan;

/**
 * One check of the scan, contributed through {@code org.auditbench.scan.checks}. One instance serves
 * every target of a run, concurrently: keep it stateless.
 */
public interface Check {

    /**
     * Checks {@link CheckContext#target()}; reads needed facts from the context and puts produced facts
     * into it. Exceptions other than {@link InterruptedException} end as {@code ERROR} observations.
     *
     * @throws InterruptedException when the scan is cancelled
     */
    CheckResult run(CheckContext context) throws Exception;
}
