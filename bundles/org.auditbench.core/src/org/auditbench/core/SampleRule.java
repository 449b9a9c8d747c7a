package org.auditbench.core;

/**
 * How many institutions the random part of a sample takes: a fixed size or a share of the population,
 * optionally drawn separately within each institution kind (proportional allocation).
 */
public record SampleRule(Integer size, Double share, boolean stratifyByKind) {

    public SampleRule {
        if ((size == null) == (share == null)) {
            throw new IllegalArgumentException("give either a size or a share");
        }
        if (size != null && size < 0) {
            throw new IllegalArgumentException("the sample size must not be negative: " + size);
        }
        if (share != null && !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the share must lie between 0 and 1: " + share);
        }
    }

    public static SampleRule ofSize(int size, boolean stratifyByKind) {
        return new SampleRule(size, null, stratifyByKind);
    }

    public static SampleRule ofShare(double share, boolean stratifyByKind) {
        return new SampleRule(null, share, stratifyByKind);
    }

    /** How many to draw from a population (or stratum) of {@code populationSize}. */
    int quota(int populationSize) {
        if (size != null) {
            return Math.min(size, populationSize);
        }
        return (int) Math.round(share * populationSize);
    }

    /** The rule in words for a population of {@code populationSize}, as stored on the campaign. */
    public String describe(int populationSize) {
        return (size != null ? "size " + size : "share " + share) + " of " + populationSize + " further institutions"
                + (stratifyByKind ? ", stratified by institution kind" : "");
    }
}
