package org.auditbench.scan;

import java.util.Optional;

/** What a check gets for one run on one target. Used by one thread at a time. */
public interface CheckContext {

    ScanTarget target();

    ScanSettings settings();

    /** A fact of this target or of its host or domain, when some check produced it. */
    <T> Optional<T> fact(Fact<T> fact);

    /**
     * A fact the check declared in {@code needs}; the engine only runs the check when all are present.
     *
     * @throws IllegalStateException when the fact is missing (it was not declared as needed)
     */
    <T> T need(Fact<T> fact);

    /** Records a fact of this target (declare it in {@code produces}). */
    <T> void put(Fact<T> fact, T value);

    /** The only way to the network: scope guard, limits, timeouts. */
    Network network();

    /** The scan was cancelled: stop soon (blocking network calls are interrupted as well). */
    boolean isCancelled();
}
