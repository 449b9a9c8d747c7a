package org.auditbench.core.scan;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.DomainListener;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanFailedException;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * "Check the mail servers of these institutions and store the run": the Phase 1 checks with every check
 * installed (extension point {@code org.auditbench.scan.checks}), the one way the workbench, the command
 * line and a campaign's rescan scan. Every run is stored, also a cancelled or failed one (then without
 * results: status, settings and times), so that the audit trail shows each attempt.
 */
public final class MailServerCheck implements ScanLauncher {

    private final ScanSettings settings;
    private final DomainListener listener;

    public MailServerCheck(ScanSettings settings) {
        this(settings, null);
    }

    /** @param listener told of each mail domain as soon as it is scanned, or null */
    public MailServerCheck(ScanSettings settings, DomainListener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /** One request for each mail domain of each institution, in their order. */
    public static List<ScanRequest> requests(List<Institution> institutions) {
        List<ScanRequest> requests = new ArrayList<>();
        for (Institution institution : institutions) {
            for (MailDomain domain : institution.getMailDomains()) {
                requests.add(new ScanRequest(domain.getName(), institution));
            }
        }
        return requests;
    }

    /**
     * Checks the mail domains of {@code institutions} and stores the run.
     *
     * @throws ScanFailedException when the scan could not go on (its run is stored, without results)
     */
    public ScanRun check(AuditStore store, List<Institution> institutions, IProgressMonitor monitor)
            throws ScanEngineUnavailableException {
        return checkDomains(store, requests(institutions), monitor);
    }

    /**
     * Checks the requested mail domains and stores the run.
     *
     * @throws ScanFailedException when the scan could not go on (its run is stored, without results)
     */
    public ScanRun checkDomains(AuditStore store, List<ScanRequest> requests, IProgressMonitor monitor)
            throws ScanEngineUnavailableException {
        ScanEngine engine = engine();
        ScanRun run;
        try {
            run = engine.run(requests, listener, monitor);
        } catch (ScanFailedException e) {
            store.scanRuns().save(e.run());
            throw e;
        }
        store.scanRuns().save(run);
        return run;
    }

    /** The run, not yet stored: the campaign desk links it to the campaign first. */
    @Override
    public ScanRun scan(List<Institution> institutions, IProgressMonitor monitor) throws ScanEngineUnavailableException {
        return engine().run(requests(institutions), listener, monitor);
    }

    private ScanEngine engine() throws ScanEngineUnavailableException {
        try {
            return ScanEngine.fromExtensions(settings);
        } catch (CoreException e) {
            throw new ScanEngineUnavailableException("the scan engine cannot start: " + e.getMessage(), e);
        }
    }
}
