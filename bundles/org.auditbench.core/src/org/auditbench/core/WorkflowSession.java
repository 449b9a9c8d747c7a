package org.auditbench.core;

import java.time.Clock;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;

/**
 * One auditor working on one store: loads campaigns, and saves each change together with the workflow
 * steps that made it, in one transaction. A step that is refused or a save that fails leaves the store
 * as it was and the trail empty.
 */
public final class WorkflowSession {

    private final AuditStore store;
    private final StepLog steps;
    private final CampaignTemplates templates;

    public WorkflowSession(AuditStore store, String actor, Clock clock, CampaignTemplates templates) {
        this.store = store;
        this.steps = new StepLog(actor, clock);
        this.templates = templates;
        store.setActor(actor);
    }

    public AuditStore store() {
        return store;
    }

    /** The steps noted for the audit trail, with the auditor's name and the clock that says what "today" is. */
    public StepLog steps() {
        return steps;
    }

    public CampaignTemplates templates() {
        return templates;
    }

    /** The campaign with its cases and their institutions. */
    public Campaign campaign(long id) throws BadInputException {
        return store.campaigns().load(id).orElseThrow(() -> new BadInputException("there is no campaign " + id));
    }

    /** The campaign with its cases linked to {@code institutions} (when the caller has the register loaded). */
    public Campaign campaign(long id, List<Institution> institutions) throws BadInputException {
        return store.campaigns().load(id, institutions).orElseThrow(() -> new BadInputException("there is no campaign " + id));
    }

    /** The template the campaign was made from. */
    public CampaignTemplate template(Campaign campaign) throws BadInputException {
        return templates.get(campaign.getTemplateId());
    }

    /** The case of institution {@code institutionId} in {@code campaign}. */
    public AuditCase caseOf(Campaign campaign, long institutionId) throws BadInputException {
        return campaign.getCases().stream()
                .filter(c -> c.getInstitution() != null && c.getInstitution().getId() == institutionId).findFirst()
                .orElseThrow(() -> new BadInputException("institution " + institutionId + " is not a member of campaign "
                        + campaign.getId() + " (" + campaign.getTitle() + ")"));
    }

    /**
     * Runs the steps in {@code change} on the campaign and saves it with them and the steps noted before;
     * nothing is saved if a step fails.
     */
    public <T> T change(Campaign campaign, Change<Campaign, T> change) throws BadInputException {
        return saving(campaign, change, () -> store.campaigns().save(campaign, steps::takeEvents));
    }

    /**
     * Runs the steps in {@code change} on the case of institution {@code institutionId} and saves that
     * case alone with them; nothing is saved if a step fails.
     */
    public <T> T changeCase(Campaign campaign, long institutionId, Change<AuditCase, T> change) throws BadInputException {
        AuditCase auditCase = caseOf(campaign, institutionId);
        return saving(auditCase, change, () -> store.campaigns().save(auditCase, steps::takeEvents));
    }

    /** Saves after the steps succeeded; forgets the noted steps when a step or the save fails. */
    private <S, T> T saving(S subject, Change<S, T> change, Runnable save) throws BadInputException {
        try {
            T result = change.apply(subject);
            save.run();
            return result;
        } catch (BadInputException | RuntimeException e) {
            steps.discard();
            throw e;
        }
    }

    /** Steps applied to a loaded campaign or one of its cases. */
    @FunctionalInterface
    public interface Change<S, T> {
        T apply(S subject) throws BadInputException;
    }
}
