package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.MemberSelection;
import org.auditbench.core.SampleDraw;
import org.auditbench.core.SampleRule;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.SelectionReason;
import org.junit.Test;

/** The random part of a sample is reproducible from seed and population, and explainable. */
public class SampleDrawTest {

    private final List<Institution> population = Fixtures.population(60);

    @Test
    public void sameSeedSameMembersWhateverTheOrderOfThePopulation() {
        List<Institution> shuffled = new ArrayList<>(population);
        Collections.reverse(shuffled);
        assertEquals(ids(SampleDraw.draw(population, SampleRule.ofSize(10, false), 42)),
                ids(SampleDraw.draw(shuffled, SampleRule.ofSize(10, false), 42)));
    }

    @Test
    public void differentSeedDifferentMembers() {
        assertNotEquals(Set.copyOf(ids(SampleDraw.draw(population, SampleRule.ofSize(10, false), 42))),
                Set.copyOf(ids(SampleDraw.draw(population, SampleRule.ofSize(10, false), 43))));
    }

    @Test
    public void sizeAndShare() {
        assertEquals(10, SampleDraw.draw(population, SampleRule.ofSize(10, false), 1).size());
        assertEquals(60, SampleDraw.draw(population, SampleRule.ofSize(100, false), 1).size());
        assertEquals(15, SampleDraw.draw(population, SampleRule.ofShare(0.25, false), 1).size());
        assertEquals(60, Set.copyOf(SampleDraw.draw(population, SampleRule.ofSize(100, false), 1)).size());
    }

    @Test
    public void stratifiedDrawIsProportionalPerKind() {
        List<Institution> mixed = new ArrayList<>(population.subList(0, 30)); // 10 of each kind
        for (int i = 61; i <= 90; i++) {
            mixed.add(Fixtures.institution(i, "Schule " + i, "Schule", "schule" + i + ".example"));
        }
        // now 10 Krankenhaus, 10 Pfarrei, 40 Schule: 12 drawn -> 2 / 2 / 8
        Map<String, Long> perKind = SampleDraw.draw(mixed, SampleRule.ofSize(12, true), 7).stream()
                .collect(Collectors.groupingBy(Institution::getKind, Collectors.counting()));
        assertEquals(Map.of("Krankenhaus", 2L, "Pfarrei", 2L, "Schule", 8L), perKind);
        // 10 drawn -> exact 1.67 / 1.67 / 6.67: remainders go to the largest fractions, alphabetical on ties
        perKind = SampleDraw.draw(mixed, SampleRule.ofSize(10, true), 7).stream()
                .collect(Collectors.groupingBy(Institution::getKind, Collectors.counting()));
        assertEquals(Map.of("Krankenhaus", 2L, "Pfarrei", 2L, "Schule", 6L), perKind);
    }

    @Test
    public void selectionTakesKnownCasesThenDrawsFromTheRestAndRecordsTheRule() throws Exception {
        Campaign campaign = Fixtures.F.createCampaign();
        campaign.setId(3);
        Set<Institution> known = Set.of(population.get(4), population.get(9));
        List<AuditCase> cases = new MemberSelection(Fixtures.steps(LocalDate.of(2021, 4, 20)))
                .select(campaign, known, "known.txt", population, SampleRule.ofSize(5, false), 42);
        assertEquals(7, cases.size());
        assertEquals(2, cases.stream().filter(c -> c.getSelectionReason() == SelectionReason.KNOWN_CASE).count());
        assertEquals(5, cases.stream().filter(c -> c.getSelectionReason() == SelectionReason.RANDOM_SAMPLE)
                .map(AuditCase::getInstitution).filter(i -> !known.contains(i)).count());
        assertTrue(cases.stream().allMatch(c -> c.getState() == CaseState.SELECTED));
        assertEquals(42L, campaign.getSelectionSeed());
        assertTrue(campaign.getSelectionRule(), campaign.getSelectionRule().contains("known cases: 2 (known.txt)"));
        assertTrue(campaign.getSelectionRule(), campaign.getSelectionRule().contains("size 5 of 58 further institutions"));
        assertTrue(campaign.getSelectionRule(), campaign.getSelectionRule().contains("seed 42"));

        BadInputException again = assertThrows(BadInputException.class, () -> new MemberSelection(Fixtures.steps(LocalDate.now()))
                .select(campaign, Set.of(), "none", population, SampleRule.ofSize(5, false), 1));
        assertTrue(again.getMessage(), again.getMessage().contains("campaign 3 already has its members"));
    }

    private static List<Long> ids(List<Institution> institutions) {
        return institutions.stream().map(Institution::getId).toList();
    }
}
