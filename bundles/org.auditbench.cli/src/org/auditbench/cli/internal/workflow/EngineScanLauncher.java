package org.auditbench.cli.internal.workflow;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.core.scan.ScanLauncher;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The workflow's follow-up scans run by the scan engine with the checks installed. */
public final class EngineScanLauncher implements ScanLauncher {

    private final ScanSettings settings;

    public EngineScanLauncher(ScanSettings settings) {
        this.settings = settings;
    }

    @Override
    public ScanRun scan(List<Institution> institutions, IProgressMonitor monitor) throws ScanEngineUnavailableException {
        ScanEngine engine;
        try {
            engine = ScanEngine.fromExtensions(settings);
        } catch (CoreException e) {
            throw new ScanEngineUnavailableException("the scan engine cannot start: " + e.getMessage());
        }
        List<ScanRequest> requests = new ArrayList<>();
        for (Institution institution : institutions) {
            for (MailDomain domain : institution.getMailDomains()) {
                requests.add(new ScanRequest(domain.getName(), institution));
            }
        }
        return engine.run(requests, null, monitor);
    }
}
