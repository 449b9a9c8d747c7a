package org.auditbench.core.gaps;

import java.util.Optional;

/** One check of a statement for something the authority expects and does not find. */
public interface GapRule {

    /** Stable id, stored with findings and used in reports ({@code monitoring-missing}). */
    String id();

    Optional<Gap> check(StatementFacts facts);
}
