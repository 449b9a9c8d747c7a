package org.auditbench.core.scan;

import java.util.List;

import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The workflow's view of the scan engine: run the Phase 1 checks for some institutions and hand back
 * the finished run. Kept this small so the workflow does not depend on how the engine works.
 */
public interface ScanLauncher {

    /**
     * Scans the mail domains of {@code institutions}, reporting progress to {@code monitor} and stopping
     * when it is cancelled.
     *
     * @throws ScanEngineUnavailableException when no scan engine is installed or it cannot start
     */
    ScanRun scan(List<Institution> institutions, IProgressMonitor monitor) throws ScanEngineUnavailableException;
}
