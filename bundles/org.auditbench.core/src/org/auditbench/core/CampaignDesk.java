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
import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.core.scan.ScanDelta;
import org.auditbench.core.scan.ScanLauncher;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Campaigns as the auditor handles them: create from a template, choose the members, list, scan again. */
public final class CampaignDesk {

    private final WorkflowSession session;

    public CampaignDesk(WorkflowSession session) {
        this.session = session;
    }

    /** A new campaign from template {@code templateId}, stored; its cases keep their institutions' file numbers. */
    public Campaign create(String templateId, String title) throws BadInputException {
        return create(templateId, title, (String) null);
    }

    /** A new campaign from template {@code templateId}, stored; its cases' file numbers follow {@code fileNumberPattern}. */
    public Campaign create(String templateId, String title, String fileNumberPattern) throws BadInputException {
        CampaignTemplate template = session.templates().get(templateId);
        Campaign campaign = new CampaignFactory(session.steps()).create(template, title, fileNumberPattern);
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
        return sample(campaignId, new SampleRequest(knownSource, knownLines, reportedBreaches, rule, seed));
    }

    /** Chooses the members of campaign {@code campaignId} as {@code request} says, stored. */
    public List<AuditCase> sample(long campaignId, SampleRequest request) throws BadInputException {
        List<Institution> register = register();
        Campaign campaign = session.campaign(campaignId, register);
        return session.change(campaign, c -> select(c, register, request));
    }

    /**
     * The members {@link #sample} would choose, on a copy of the campaign: nothing is stored, so the
     * auditor can look before deciding.
     */
    public List<AuditCase> preview(long campaignId, SampleRequest request) throws BadInputException {
        List<Institution> register = register();
        return unstored(() -> select(session.campaign(campaignId, register), register, request));
    }

    /** The members (with their file numbers) a new campaign from template {@code templateId} would get; nothing is stored. */
    public List<AuditCase> preview(String templateId, String fileNumberPattern, SampleRequest request) throws BadInputException {
        CampaignTemplate template = session.templates().get(templateId);
        List<Institution> register = register();
        return unstored(() -> select(new CampaignFactory(session.steps()).create(template, null, fileNumberPattern), register,
                request));
    }

    /** A new campaign from template {@code templateId} with its members (keeping their institutions' file numbers), stored. */
    public Campaign create(String templateId, String title, SampleRequest request) throws BadInputException {
        return create(templateId, title, null, request);
    }

    /** A new campaign from template {@code templateId} with its members, stored in one transaction. */
    public Campaign create(String templateId, String title, String fileNumberPattern, SampleRequest request)
            throws BadInputException {
        CampaignTemplate template = session.templates().get(templateId);
        List<Institution> register = register();
        Campaign campaign = new CampaignFactory(session.steps()).create(template, title, fileNumberPattern);
        session.change(campaign, c -> select(c, register, request));
        return campaign;
    }

    private List<Institution> register() throws BadInputException {
        List<Institution> institutions = session.store().institutions().loadAll();
        if (institutions.isEmpty()) {
            throw new BadInputException("there are no institutions to choose from; import the register first");
        }
        return institutions;
    }

    private <T> T unstored(Work<T> work) throws BadInputException {
        try {
            return work.run();
        } finally {
            session.steps().discard();
        }
    }

    /** Steps whose results are shown, never stored. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws BadInputException;
    }

    private List<AuditCase> select(Campaign campaign, List<Institution> register, SampleRequest request) throws BadInputException {
        Set<Institution> known = new LinkedHashSet<>(KnownCasesList.resolve(request.knownSource(), request.knownLines(), register));
        List<String> sources = new ArrayList<>();
        if (!request.knownLines().isEmpty()) {
            sources.add("list " + request.knownSource());
        }
        if (request.reportedBreaches()) {
            register.stream().filter(Institution::isReportedBreach).forEach(known::add);
            sources.add("reported breaches");
        }
        String source = sources.isEmpty() ? "none" : String.join(" + ", sources);
        return new MemberSelection(session.steps()).select(campaign, known, source, register, request.rule(), request.seed());
    }

    /** Adds institution {@code institutionId} to the campaign by hand (reason MANUAL), stored. */
    public AuditCase addCase(long campaignId, long institutionId, String reason) throws BadInputException {
        Campaign campaign = session.campaign(campaignId);
        Institution institution = session.store().institutions().load(institutionId)
                .orElseThrow(() -> new BadInputException("there is no institution " + institutionId));
        return session.change(campaign, c -> new MemberSelection(session.steps()).addManually(c, institution, reason));
    }

    /** Takes institution {@code institutionId} out of the campaign, refused once its letter was sent. */
    public void removeCase(long campaignId, long institutionId, String reason) throws BadInputException {
        Campaign campaign = session.campaign(campaignId);
        AuditCase auditCase = session.caseOf(campaign, institutionId);
        session.change(campaign, c -> {
            new MemberSelection(session.steps()).remove(auditCase, reason);
            return null;
        });
    }

    /**
     * Repeats the Phase 1 scan for all members ({@link FollowUpScans}), stores the run linked to the
     * campaign's previous one, and marks the cases covered as scanned where they still wait for a scan.
     * A cancelled scan stores nothing and ends in {@link OperationCanceledException}.
     */
    public ScanRun rescan(long campaignId, ScanLauncher launcher, IProgressMonitor monitor)
            throws BadInputException, ScanEngineUnavailableException {
        Campaign campaign = session.campaign(campaignId);
        List<ScanRun> runs = runs(campaignId);
        Optional<ScanRun> previous = runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        ScanRun run = new FollowUpScans(launcher, session.steps()).rescan(campaign, previous, monitor);
        if (run.getStatus() != ScanRunStatus.COMPLETED) {
            // a part run as the campaign's latest would make the delta report every unchecked domain as gone
            session.steps().discard();
            throw new OperationCanceledException("the follow-up scan of campaign " + campaignId + " was cancelled; nothing was stored");
        }
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
        ScanRun latest = latestFollowUp(campaignId);
        return ScanDelta.between(load(latest.getPreviousRun().getId()), load(latest.getId()));
    }

    /**
     * {@link #latestDelta} per institution: its verdict before and after and whether that got better or
     * worse.
     *
     * @throws BadInputException when the campaign has no follow-up run yet
     */
    public List<InstitutionDelta> latestInstitutionDelta(long campaignId) throws BadInputException {
        ScanRun latest = latestFollowUp(campaignId);
        return InstitutionDelta.between(load(latest.getPreviousRun().getId()), load(latest.getId()));
    }

    private ScanRun latestFollowUp(long campaignId) throws BadInputException {
        List<ScanRun> runs = runs(campaignId);
        ScanRun latest = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (latest == null || latest.getPreviousRun() == null) {
            throw new BadInputException("campaign " + campaignId + " has no follow-up scan yet (" + runs.size()
                    + " scan run(s)); run campaign rescan first");
        }
        return latest;
    }

    private ScanRun load(long runId) {
        return session.store().scanRuns().load(runId).orElseThrow();
    }
}
