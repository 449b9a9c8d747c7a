package org.auditbench.scan;

import java.util.List;

import org.auditbench.model.ScanRun;
import org.auditbench.scan.internal.CheckRegistry;
import org.auditbench.scan.internal.EngineRun;
import org.auditbench.scan.internal.CheckPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs the checks over mail domains and returns the scan run as model objects. Thread-safe; one engine
 * may run several scans one after the other.
 */
public final class ScanEngine {

    private final ScanSettings settings;
    private final CheckPlan plan;
    private final HostResolver resolver;

    /**
     * @param checks all known checks; the settings decide which run
     * @throws IllegalArgumentException when the checks' facts form a cycle or ids repeat
     */
    public ScanEngine(ScanSettings settings, List<CheckDescriptor> checks, HostResolver resolver) {
        this.settings = settings;
        this.plan = CheckPlan.of(checks, settings);
        this.resolver = resolver;
    }

    /** An engine with the checks and the resolver contributed to {@code org.auditbench.scan.checks}. */
    public static ScanEngine fromExtensions(ScanSettings settings) throws CoreException {
        CheckRegistry registry = CheckRegistry.fromExtensions();
        return new ScanEngine(settings, registry.checks(), registry.resolverFactory().create(settings));
    }

    /** All known checks with their metadata (for lists and help texts). */
    public static List<CheckDescriptor> contributedChecks() throws CoreException {
        return CheckRegistry.fromExtensions().checks();
    }

    public ScanSettings settings() {
        return settings;
    }

    /** The checks that will run, in order of target kind and wave. */
    public List<CheckDescriptor> plannedChecks() {
        return plan.all();
    }

    /**
     * Scans the domains. The run comes back with status COMPLETED and one domain scan per request, in
     * request order. When the monitor is cancelled the run comes back with status CANCELLED and without
     * any domain scan, so nothing half-done can be stored.
     *
     * @param listener hears of each finished domain (may be {@code null})
     * @param monitor progress (domains done of total) and cancellation
     * @throws ScanFailedException when the scan cannot go on (its run has status FAILED and no domain scans)
     */
    public ScanRun run(List<ScanRequest> requests, DomainListener listener, IProgressMonitor monitor) {
        return new EngineRun(settings, plan, resolver, listener).run(requests, monitor);
    }
}
