package org.auditbench.scan;

/** Makes the resolver of a run from its settings; contributed as {@code <resolver>} to the checks point. */
public interface ResolverFactory {

    HostResolver create(ScanSettings settings);
}
