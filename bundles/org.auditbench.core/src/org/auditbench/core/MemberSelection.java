package org.auditbench.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.SelectionReason;

/**
 * Chooses a campaign's members: the known cases, then a random sample of the rest drawn by
 * {@link SampleDraw}. The rule, the population size and the seed are stored on the campaign so the
 * draw can be repeated and explained later; a campaign is sampled once.
 */
public final class MemberSelection {

    private final StepLog steps;

    public MemberSelection(StepLog steps) {
        this.steps = steps;
    }

    /**
     * @param knownCases      institutions that must be audited (reported breaches, the auditor's list)
     * @param knownSource     where the known cases come from, in words (stored in the rule)
     * @param institutions    every institution under supervision: the population of the draw
     * @return the cases created, known cases first
     */
    public List<AuditCase> select(Campaign campaign, Collection<Institution> knownCases, String knownSource,
            Collection<Institution> institutions, SampleRule rule, long seed) throws BadInputException {
        if (campaign.getSelectionRule() != null) {
            throw new BadInputException("campaign " + campaign.getId() + " already has its members (" + campaign.getSelectionRule()
                    + "); add further institutions one by one");
        }
        Set<Institution> known = new LinkedHashSet<>(knownCases);
        List<Institution> population = new ArrayList<>(institutions);
        population.removeAll(known);
        List<Institution> drawn = SampleDraw.draw(population, rule, seed);

        FileNumberPattern.Numbering numbering = numbering(campaign);
        List<AuditCase> cases = new ArrayList<>();
        for (Institution institution : known) {
            cases.add(addCase(campaign, institution, SelectionReason.KNOWN_CASE, knownSource, numbering));
        }
        for (Institution institution : drawn) {
            cases.add(addCase(campaign, institution, SelectionReason.RANDOM_SAMPLE, "seed " + seed, numbering));
        }
        campaign.setSelectionSeed(seed);
        campaign.setSelectionRule(SelectionRuleText.stored(known.size(), knownSource, rule, population.size(), drawn.size(), seed));
        steps.record(campaign, "campaign.sampled", campaign.getSelectionRule());
        return cases;
    }

    /** Adds one institution by the auditor's decision, with the reason for the record. */
    public AuditCase addManually(Campaign campaign, Institution institution, String reason) throws BadInputException {
        // by id as well: the institution may have been loaded apart from the campaign
        if (campaign.getCases().stream().anyMatch(c -> c.getInstitution() == institution
                || institution.getId() != 0 && c.getInstitution() != null && c.getInstitution().getId() == institution.getId())) {
            throw new BadInputException("institution " + institution.getId() + " (" + institution.getName()
                    + ") is already a member of campaign " + campaign.getId());
        }
        return addCase(campaign, institution, SelectionReason.MANUAL, reason, numbering(campaign));
    }

    /**
     * Whether the case may leave its campaign: only while no letter went out, because a sent letter is
     * part of the record (the institution was asked and must be answered or followed up).
     */
    public static boolean removable(AuditCase auditCase) {
        CaseState state = auditCase.getState();
        return state == CaseState.SELECTED || state == CaseState.SCANNED || state == CaseState.LETTER_GENERATED;
    }

    /** Takes the case out of its campaign by the auditor's decision, with the reason for the record. */
    public void remove(AuditCase auditCase, String reason) throws BadInputException {
        Campaign campaign = auditCase.getCampaign();
        String institution = auditCase.getInstitution() == null ? "?" : auditCase.getInstitution().getName();
        if (!removable(auditCase)) {
            throw new BadInputException("case " + auditCase.getId() + " (" + institution + ") cannot leave campaign "
                    + campaign.getId() + ": its letter was sent (state " + auditCase.getState().getLiteral() + ")");
        }
        steps.record(campaign, "case.removed", "MANUAL (" + reason + "): " + institution);
        campaign.getCases().remove(auditCase);
    }

    /** The case gets its file number on joining (why: {@link FileNumberPattern}); the year is the campaign's. */
    private FileNumberPattern.Numbering numbering(Campaign campaign) throws BadInputException {
        Date created = campaign.getCreatedOn();
        int year = created == null ? steps.today().getYear() : created.toInstant().atZone(steps.clock().getZone()).getYear();
        return FileNumberPattern.numbering(campaign, year);
    }

    private AuditCase addCase(Campaign campaign, Institution institution, SelectionReason reason, String detail,
            FileNumberPattern.Numbering numbering) {
        AuditCase auditCase = AuditFactory.eINSTANCE.createAuditCase();
        auditCase.setInstitution(institution);
        if (numbering != null) {
            auditCase.setFileNumber(numbering.next());
        }
        auditCase.setSelectionReason(reason);
        auditCase.setState(CaseState.SELECTED);
        campaign.getCases().add(auditCase);
        steps.record(auditCase, "case.selected", reason + " (" + detail + "): " + institution.getName());
        return auditCase;
    }
}
