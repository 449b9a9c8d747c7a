package org.auditbench.core;

import java.util.List;

/**
 * How the members of a campaign are to be chosen: the known cases (lines as {@link KnownCasesList} reads
 * them, may be empty; {@code knownSource} names the list in errors and in the stored rule), optionally
 * every institution that reported a breach, and a random sample of the others by {@code rule} and
 * {@code seed}.
 */
public record SampleRequest(String knownSource, List<String> knownLines, boolean reportedBreaches, SampleRule rule, long seed) {

    /** The known source that names the institutions picked in the Institutions view: stored in English, shown by {@link SelectionRuleText}. */
    public static final String PICKED = "Institutions view selection";

    public SampleRequest {
        knownLines = List.copyOf(knownLines);
    }
}
