package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.MemberSelection;
import org.auditbench.core.SampleRule;
import org.auditbench.core.SelectionRuleText;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.junit.Test;

/** The selection rule is stored in English as the record and read back in the user's language. */
public class SelectionRuleTextTest {

    @Test
    public void theStoredRuleReadsInGermanAndStaysAsStoredInEnglish() throws Exception {
        List<Institution> register = Fixtures.population(12);
        Campaign campaign = Fixtures.F.createCampaign();
        new MemberSelection(Fixtures.steps(LocalDate.of(2021, 4, 20))).select(campaign, List.of(register.get(0)), "list known.txt",
                register, SampleRule.ofShare(0.25, true), 42);
        String stored = campaign.getSelectionRule();
        assertEquals(stored, SelectionRuleText.in(stored, Locale.ENGLISH));
        assertEquals("bekannte F\u00e4lle: 1 (list known.txt); Zufallsstichprobe: Anteil 0.25 von 11 weiteren Einrichtungen,"
                + " geschichtet nach Art der Einrichtung -> " + (campaign.getCases().size() - 1) + " gezogen; Startwert 42; Verfahren: "
                + stored.substring(stored.indexOf("algorithm: ") + "algorithm: ".length()), SelectionRuleText.in(stored, Locale.GERMAN));
    }

    @Test
    public void aRuleWrittenOtherwiseIsShownAsStored() {
        assertEquals("alle Schulen des Bistums", SelectionRuleText.in("alle Schulen des Bistums", Locale.GERMAN));
        assertNull(SelectionRuleText.in(null, Locale.GERMAN));
    }
}
