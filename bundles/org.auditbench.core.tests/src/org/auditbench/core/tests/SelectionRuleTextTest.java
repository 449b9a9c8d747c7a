package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.SelectionRuleText;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.SelectionReason;
import org.auditbench.store.AuditStore;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The selection rule is stored in English as the record and read back as a sentence in the user's
 * language, for every kind of draw the workbench and the command line store.
 */
public class SelectionRuleTextTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;
    private CampaignDesk desk;
    private List<Institution> register;

    @Before
    public void openStore() {
        store = AuditStore.open(folder.getRoot().toPath().resolve("data"));
        register = Fixtures.population(30);
        register.forEach(i -> i.setId(0));
        register.get(4).setReportedBreach(true);
        register.get(9).setReportedBreach(true);
        store.institutions().saveAll(register);
        desk = new CampaignDesk(Fixtures.session(store, LocalDate.of(2021, 4, 20)));
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void aListFileAndPickedInstitutionsWithAStratifiedShare() throws Exception {
        // the wizard joins the list file and the institutions picked in the Institutions view
        Campaign campaign = drawn(new SampleRequest("liste.txt + " + SampleRequest.PICKED,
                List.of("einrichtung1.example", "einrichtung2.example", String.valueOf(register.get(2).getId())), false,
                SampleRule.ofShare(0.1, true), 42));
        int drawn = drawn(campaign);
        assertEquals("List from liste.txt and institutions picked in the Institutions view (3 institutions); random sample of 10% of"
                + " the 27 further institutions (" + drawn + " drawn) with seed 42, stratified by institution kind",
                SelectionRuleText.of(campaign, Locale.ENGLISH));
        assertEquals("Liste aus liste.txt und Auswahl in der Ansicht Einrichtungen (3 Einrichtungen); Zufallsstichprobe von 10 % der"
                + " 27 weiteren Einrichtungen (" + drawn + " gezogen) mit Startwert 42, geschichtet nach Art der Einrichtung",
                SelectionRuleText.of(campaign, Locale.GERMAN));
    }

    @Test
    public void reportedBreachesWithARandomNumber() throws Exception {
        Campaign campaign = drawn(new SampleRequest("no list", List.of(), true, SampleRule.ofSize(5, false), 20210302));
        assertEquals("Institutions that reported a breach (2 institutions); random sample of 5 of the 28 further institutions"
                + " (5 drawn) with seed 20210302", SelectionRuleText.of(campaign, Locale.ENGLISH));
        assertEquals("Einrichtungen mit gemeldeter Datenpanne (2 Einrichtungen); Zufallsstichprobe von 5 der 28 weiteren"
                + " Einrichtungen (5 gezogen) mit Startwert 20210302", SelectionRuleText.of(campaign, Locale.GERMAN));
    }

    @Test
    public void aListFileTogetherWithReportedBreachesAndNoRandomSample() throws Exception {
        Campaign campaign = drawn(new SampleRequest("liste.txt", List.of("einrichtung1.example"), true, SampleRule.ofSize(0, false), 1));
        assertEquals("List from liste.txt and institutions that reported a breach (3 institutions); no random sample",
                SelectionRuleText.of(campaign, Locale.ENGLISH));
        assertEquals("Liste aus liste.txt und Einrichtungen mit gemeldeter Datenpanne (3 Einrichtungen); keine Zufallsstichprobe",
                SelectionRuleText.of(campaign, Locale.GERMAN));
    }

    @Test
    public void onlyARandomShareOfTheWholeRegisterAndCasesAddedByHand() throws Exception {
        Campaign campaign = drawn(new SampleRequest("no list", List.of(), false, SampleRule.ofShare(0.125, false), -7));
        AuditCase manual = campaign.getCases().get(0);
        manual.setSelectionReason(SelectionReason.MANUAL);
        assertEquals("No known cases; random sample of 12.5% of the 30 institutions (4 drawn) with seed -7; 1 institution added by hand",
                SelectionRuleText.of(campaign, Locale.ENGLISH));
        assertEquals("Keine bekannten F\u00e4lle; Zufallsstichprobe von 12,5 % der 30 Einrichtungen (4 gezogen) mit Startwert -7;"
                + " 1 Einrichtung von Hand hinzugef\u00fcgt", SelectionRuleText.of(campaign, Locale.GERMAN));
    }

    @Test
    public void aCampaignWhoseMembersWereAllAddedByHand() throws Exception {
        long id = desk.create("proxylogon-2021", "Von Hand").getId();
        desk.addCase(id, register.get(0).getId(), "Hinweis eines Beschwerdef\u00fchrers");
        desk.addCase(id, register.get(1).getId(), "Presse");
        Campaign campaign = store.campaigns().load(id).orElseThrow();
        assertEquals("2 institutions added by hand", SelectionRuleText.of(campaign, Locale.ENGLISH));
        assertEquals("2 Einrichtungen von Hand hinzugef\u00fcgt", SelectionRuleText.of(campaign, Locale.GERMAN));
        assertNull("nothing chosen yet", SelectionRuleText.of(store.campaigns().load(desk.create("proxylogon-2021", "Leer").getId())
                .orElseThrow(), Locale.GERMAN));
    }

    @Test
    public void theStoredRuleStaysTheRecord() throws Exception {
        Campaign campaign = drawn(new SampleRequest("known.txt", List.of("einrichtung1.example"), false, SampleRule.ofShare(0.25, true), 42));
        assertEquals("known cases: 1 (list known.txt); random sample: share 0.25 of 29 further institutions, stratified by institution"
                + " kind -> " + drawn(campaign) + " drawn; seed 42; algorithm: sort by id+name, seeded java.util.Random Fisher-Yates per"
                + " stratum (v1)", campaign.getSelectionRule());
    }

    @Test
    public void olderRulesReadTooAndWhatIsNotARuleIsShownAsStored() {
        // a German workbench stored its own words for the picked institutions; a later draw may name another algorithm
        String older = "known cases: 1 (list Auswahl in der Ansicht Einrichtungen); random sample: size 2 of 9 further institutions"
                + " -> 2 drawn; seed 5; algorithm: v0";
        assertEquals("Institutions picked in the Institutions view (1 institution); random sample of 2 of the 9 further"
                + " institutions (2 drawn) with seed 5 (algorithm: v0)", SelectionRuleText.in(older, Locale.ENGLISH));
        assertEquals("Auswahl in der Ansicht Einrichtungen (1 Einrichtung); Zufallsstichprobe von 2 der 9 weiteren"
                + " Einrichtungen (2 gezogen) mit Startwert 5 (Verfahren: v0)", SelectionRuleText.in(older, Locale.GERMAN));
        assertEquals("alle Schulen des Bistums", SelectionRuleText.in("alle Schulen des Bistums", Locale.GERMAN));
        assertNull(SelectionRuleText.in(null, Locale.GERMAN));
    }

    /** The campaign the preview would store: nothing is stored. */
    private Campaign drawn(SampleRequest request) throws Exception {
        List<AuditCase> cases = desk.preview("proxylogon-2021", null, request);
        return cases.get(0).getCampaign();
    }

    private static int drawn(Campaign campaign) {
        return (int) campaign.getCases().stream().filter(c -> c.getSelectionReason() == SelectionReason.RANDOM_SAMPLE).count();
    }
}
