package org.auditbench.scan;

import org.auditbench.model.DomainScan;

/** Hears of every finished domain while the run goes on (one call at a time, in finishing order). */
@FunctionalInterface
public interface DomainListener {

    void domainDone(DomainScan domainScan);
}
