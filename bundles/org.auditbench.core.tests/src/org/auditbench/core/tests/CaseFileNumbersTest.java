package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.core.letters.LetterFileName;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;
import org.auditbench.store.AuditStore;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A campaign numbers its cases' files by its pattern when they join it; without one they keep their institutions'. */
public class CaseFileNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;
    private List<Institution> register;
    private CampaignDesk desk;

    @Before
    public void openStore() {
        store = AuditStore.open(folder.getRoot().toPath().resolve("data"));
        register = Fixtures.population(12);
        register.forEach(i -> {
            i.setId(0);
            i.setFileNumber("E-" + i.getName().replaceAll("\\D", ""));
        });
        store.institutions().saveAll(register);
        desk = new CampaignDesk(Fixtures.session(store, TODAY));
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void thePatternWritesTheYearAndTheCasesNumber() throws Exception {
        assertEquals("2021-EX-017", FileNumberPattern.parse("{year}-EX-{seq:3}").number(2021, 17));
        assertEquals("Az. 5/2026", FileNumberPattern.parse(" Az. {seq}/{year} ").number(2026, 5));
        assertEquals("1234", FileNumberPattern.parse("{seq:2}").number(2026, 1234));
    }

    @Test
    public void aPatternThatCannotNumberCasesIsRefusedWithItsReason() {
        assertEquals("file number pattern '{year}-EX' has no {seq}: every case would get the same number",
                assertThrows(BadInputException.class, () -> FileNumberPattern.parse("{year}-EX")).getMessage());
        assertEquals("file number pattern '{jahr}-{seq}': unknown placeholder {jahr} (known: {year}, {seq}, {seq:3})",
                assertThrows(BadInputException.class, () -> FileNumberPattern.parse("{jahr}-{seq}")).getMessage());
        BadInputException refused = assertThrows(BadInputException.class,
                () -> desk.create("proxylogon-2021", "Hafnium", "{seq:x}"));
        assertEquals("file number pattern '{seq:x}': unknown placeholder {seq:x} (known: {year}, {seq}, {seq:3})",
                refused.getMessage());
        assertEquals("nothing stored", 0, store.campaigns().list().size());
    }

    @Test
    public void theMembersGetTheirNumbersInTheOrderTheyJoinedAndKeepThemInTheStore() throws Exception {
        SampleRequest request = new SampleRequest("known.txt", List.of("einrichtung4.example"), false, SampleRule.ofSize(3, false), 7);
        List<String> previewed = numbers(desk.preview("proxylogon-2021", "{year}-EX-{seq:3}", request));
        Campaign campaign = desk.create("proxylogon-2021", "Hafnium", "{year}-EX-{seq:3}", request);
        assertEquals(List.of("2021-EX-001", "2021-EX-002", "2021-EX-003", "2021-EX-004"), previewed);
        Campaign stored = store.campaigns().load(campaign.getId()).orElseThrow();
        assertEquals("{year}-EX-{seq:3}", stored.getFileNumberPattern());
        assertEquals(previewed, numbers(stored.getCases()));
        assertEquals("the known case comes first", "Einrichtung 4", stored.getCases().get(0).getInstitution().getName());
        assertEquals("2021-EX-001_Einrichtung-4.pdf", LetterFileName.of(stored.getCases().get(0), LetterKind.REQUEST, "pdf"));
    }

    @Test
    public void aCaseAddedAfterARemovalGetsANumberNoOtherCaseHas() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium", "Az. {seq}/{year}").getId();
        for (int i = 0; i < 3; i++) {
            desk.addCase(id, register.get(i).getId(), "by hand");
        }
        desk.removeCase(id, register.get(0).getId(), "added by mistake");
        AuditCase added = desk.addCase(id, register.get(5).getId(), "by hand");
        assertEquals("Az. 4/2021", added.getFileNumber());
        assertEquals(List.of("Az. 2/2021", "Az. 3/2021", "Az. 4/2021"), numbers(store.campaigns().load(id).orElseThrow().getCases()));
    }

    @Test
    public void withoutAPatternTheCasesAndTheirLettersKeepTheInstitutionsFileNumber() throws Exception {
        long id = desk.create("proxylogon-2021", "Hafnium", " ").getId();
        AuditCase added = desk.addCase(id, register.get(2).getId(), "by hand");
        Campaign stored = store.campaigns().load(id).orElseThrow();
        assertNull(stored.getFileNumberPattern());
        assertNull(stored.getCases().get(0).getFileNumber());
        assertEquals("E-3", FileNumberPattern.of(stored.getCases().get(0)));
        assertEquals("E-3_Einrichtung-3.pdf", LetterFileName.of(added, LetterKind.REQUEST, "pdf"));
    }

    private static List<String> numbers(List<AuditCase> cases) {
        return cases.stream().map(AuditCase::getFileNumber).toList();
    }
}
