package org.auditbench.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.core.scan.DomainChange;
import org.auditbench.core.scan.FollowUpScans;
import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.core.scan.ScanDelta;
import org.auditbench.core.scan.ScanLauncher;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.eclipse.core.runtime.IProgressMonitor;

/** Campaigns as the auditor handles them: create from a template, choose the members, list, scan again. */
public final class CampaignDesk {

    private final WorkflowSession session;

    public CampaignDesk(WorkflowSession session) {
        this.session = session;
    }

    /** A new campaign from template {@code templateId}, stored. */
    public Campaign create(String templateId, String title) throws BadInputException {
        CampaignTemplate template = session.templates().get(templateId);
        Campaign campaign = new CampaignFactory(session.steps()).create(template, title);
        session.change(campaign, created -> null); // stores what the factory noted
        return campaign;
    }

    public List<Campaign> list() {
        return session.store().campaigns().list();
    }

    /**
     * Chooses the members of campaign {@code campaignId}: the institutions named in the known-cases list
     * (lines as {@link KnownCasesList} reads them, may be empty), optionally every institution that
     * reported a breach, and a random sample of the others.
     *
     * @param knownSource names the list in errors and in the stored rule (a file name)
     */
    public List<AuditCase> sample(long campaignId, String knownSource, List<String> knownLines, boolean reportedBreaches,
            SampleRule rule, long seed) throws BadInputException {
        List<Institution> institutions = session.store().institutions().loadAll();
        if (institutions.isEmpty()) {
            throw new BadInputException("there are no institutions to choose from; import the register first");
        }
        Campaign campaign = session.campaign(campaignId, institutions);
        Set<Institution> known = new LinkedHashSet<>(KnownCasesList.resolve(knownSource, knownLines, institutions));
        List<String> sources = new ArrayList<>();
        if (!knownLines.isEmpty()) {
            sources.add("list " + knownSource);
        }
        if (reportedBreaches) {
            institutions.stream().filter(Institution::isReportedBreach).forEach(known::add);
            sources.add("reported breaches");
        }
        String source = sources.isEmpty() ? "none" : String.join(" + ", sources);
        return session.change(campaign,
                c -> new MemberSelection(session.steps()).select(c, known, source, institutions, rule, seed));
    }

    /**
     * Repeats the Phase 1 scan for all members ({@link FollowUpScans}), stores the run linked to the
     * campaign's previous one, and marks the cases covered as scanned where they still wait for a scan.
     */
    public ScanRun rescan(long campaignId, ScanLauncher launcher, IProgressMonitor monitor)
            throws BadInputException, ScanEngineUnavailableException {
        Campaign campaign = session.campaign(campaignId);
        List<ScanRun> runs = runs(campaignId);
        Optional<ScanRun> previous = runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        ScanRun run = new FollowUpScans(launcher, session.steps()).rescan(campaign, previous, monitor);
        session.store().scanRuns().save(run);
        Set<Institution> covered = new HashSet<>();
        run.getDomainScans().forEach(d -> covered.add(d.getInstitution()));
        session.change(campaign, c -> {
            CaseWorkflow workflow = new CaseWorkflow(session.steps());
            for (AuditCase auditCase : c.getCases()) {
                if (covered.contains(auditCase.getInstitution()) && CaseStep.RECORD_SCAN.allowedFrom(auditCase.getState())) {
                    workflow.recordScan(auditCase, run);
                }
            }
            return null;
        });
        return run;
    }

    /** The scan runs of the campaign, oldest first, without their contents. */
    public List<ScanRun> runs(long campaignId) {
        return session.store().scanRuns().list().stream()
                .filter(r -> r.getCampaign() != null && r.getCampaign().getId() == campaignId)
                .sorted(Comparator.comparingLong(ScanRun::getId)).toList();
    }

    /**
     * What changed between the campaign's last scan run and the run it repeats.
     *
     * @throws BadInputException when the campaign has no follow-up run yet
     */
    public List<DomainChange> latestDelta(long campaignId) throws BadInputException {
        List<ScanRun> runs = runs(campaignId);
        ScanRun latest = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (latest == null || latest.getPreviousRun() == null) {
            throw new BadInputException("campaign " + campaignId + " has no follow-up scan yet (" + runs.size()
                    + " scan run(s)); run campaign rescan first");
        }
        return ScanDelta.between(load(latest.getPreviousRun().getId()), load(latest.getId()));
    }

    private ScanRun load(long runId) {
        return session.store().scanRuns().load(runId).orElseThrow();
    }
}
