package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.KnownCasesList;
import org.auditbench.model.Institution;
import org.junit.Test;

public class KnownCasesListTest {

    private final List<Institution> institutions = List.of(
            Fixtures.institution(1, "Pfarrei St. Marien", "Pfarrei", "st-marien.example"),
            Fixtures.institution(2, "Marienhospital", "Krankenhaus", "xn--marienhospital-mnchen-oic.example"),
            Fixtures.institution(3, "Pfarrei St. Marien", "Pfarrei", "st-marien-2.example"));

    @Test
    public void linesNameInstitutionsByIdDomainOrName() throws Exception {
        List<Institution> known = List.copyOf(KnownCasesList.resolve("known.txt",
                List.of("# reported breaches", "", "3", "marienhospital-münchen.example", "ST-MARIEN.example"), institutions));
        assertEquals(List.of(institutions.get(2), institutions.get(1), institutions.get(0)), known);
    }

    @Test
    public void unknownAndAmbiguousLinesAreErrorsWithTheirLine() {
        BadInputException none = assertThrows(BadInputException.class,
                () -> KnownCasesList.resolve("known.txt", List.of("1", "Pfarrei Nirgendwo"), institutions));
        assertEquals("known.txt: line 2: 'Pfarrei Nirgendwo' matches no institution (give an id, a mail domain or the exact name)",
                none.getMessage());
        BadInputException two = assertThrows(BadInputException.class,
                () -> KnownCasesList.resolve("known.txt", List.of("pfarrei st. marien"), institutions));
        assertEquals("known.txt: line 1: 'pfarrei st. marien' matches 2 institutions (ids 1, 3); give the id", two.getMessage());
    }
}
