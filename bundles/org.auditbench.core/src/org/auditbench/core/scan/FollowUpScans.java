package org.auditbench.core.scan;

import java.util.List;
import java.util.Optional;

import org.auditbench.core.StepLog;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The monitoring step of a campaign: repeat the Phase 1 checks for every member and link the new run
 * to the one it repeats, so {@link ScanDelta} can show what changed.
 */
public final class FollowUpScans {

    private final ScanLauncher launcher;
    private final StepLog steps;

    public FollowUpScans(ScanLauncher launcher, StepLog steps) {
        this.launcher = launcher;
        this.steps = steps;
    }

    /**
     * Scans all members of {@code campaign} again.
     *
     * @param previous the campaign's latest run, or empty for its first
     */
    public ScanRun rescan(Campaign campaign, Optional<ScanRun> previous, IProgressMonitor monitor)
            throws ScanEngineUnavailableException {
        List<Institution> members = campaign.getCases().stream().map(AuditCase::getInstitution).toList();
        ScanRun run = launcher.scan(members, monitor);
        run.setCampaign(campaign);
        previous.ifPresent(run::setPreviousRun);
        steps.record(campaign, "campaign.rescanned", members.size() + " members"
                + previous.map(p -> ", repeats scan run " + p.getId()).orElse(", first run") + ": " + run.getStatus());
        return run;
    }
}
