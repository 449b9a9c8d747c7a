package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.io.ImportException;
import org.auditbench.io.ImportProblem;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** XLSX import of hand-made workbooks: shared and inline strings, numbers, row numbers in problems, hostile sheets. */
public class XlsxImportTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final List<Object> HEADER = List.of("Einrichtung", "Art", "Straße", "PLZ", "Ort", "Mail-Domänen",
            "Ansprechpartner", "E-Mail");

    @Test
    public void aWorkbookWithGermanHeadersIsImported() throws Exception {
        Path file = folder.getRoot().toPath().resolve("Einrichtungen.xlsx");
        XlsxFile.write(file, List.of(HEADER,
                List.of("Kirchengemeinde Köln-Süd", "Kirchengemeinde", "Domstraße 3 & 4", 50999, "Köln",
                        "kirchengemeinde-köln-süd.example; kg-koeln-sued.test", "Anna Beispiel", "buero@kg-koeln-sued.test"),
                List.of(),
                List.of("Kita <Sonnenschein>", "Kita", "Sonnenweg 2", 12345.0, "Musterstadt", "kita.example")));
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            assertEquals(2, InstitutionImport.importFile(file, store, new NullProgressMonitor()).created());
            Institution gemeinde = store.institutions().findByDomain("kg-koeln-sued.test").orElseThrow();
            assertEquals("Domstraße 3 & 4", gemeinde.getStreet());
            assertEquals("50999", gemeinde.getPostcode());
            assertEquals("kirchengemeinde-köln-süd.example", gemeinde.getMailDomains().get(0).getUnicodeName());
            assertTrue(gemeinde.getMailDomains().get(0).getName().startsWith("xn--"));
            Institution kita = store.institutions().findByDomain("kita.example").orElseThrow();
            assertEquals("Kita <Sonnenschein>", kita.getName());
            assertEquals("12345", kita.getPostcode());
        }
    }

    @Test
    public void badRowsAreReportedWithTheirRowNumbersAndNothingIsStored() throws Exception {
        Path file = folder.getRoot().toPath().resolve("bad.xlsx");
        XlsxFile.write(file, List.of(HEADER,
                List.of("Gut", "Kita", "Weg 1", 12345, "Musterstadt", "gut.example"),
                List.of(),
                List.of("Schlecht", "Kita", "Weg 2", 12345, "Musterstadt", "schlecht..example")));
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            try {
                InstitutionImport.importFile(file, store, new NullProgressMonitor());
                throw new AssertionError("a bad row must refuse the import");
            } catch (ImportException expected) {
                assertEquals(List.of("bad.xlsx:4: mail domain 'schlecht..example' is not a valid domain name"),
                        expected.problems().stream().map(ImportProblem::toString).toList());
            }
            assertEquals(0, store.institutions().count());
        }
    }

    @Test
    public void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path file = folder.getRoot().toPath().resolve("fake.xlsx");
        Files.writeString(file, "Name;Ort\nA;B\n");
        assertEquals(List.of("fake.xlsx: not an XLSX file (not a zip archive)"), problems(file));
    }

    /**
     * Hostile sheets: cells beyond Excel's grid, a sheet that would fill the heap; refused with the place
     * named (zip bombs: {@link CalcWorkbookTest}).
     */
    @Test
    public void hostileWorkbooksAreRefusedWithThePlaceNamed() throws Exception {
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            Path file = folder.getRoot().toPath().resolve("hostile.xlsx");
            for (String reference : new String[] { "ZZZZZZ2", "XFE2", "A0", "A1048577", "2", "A99999999999" }) {
                XlsxFile.writeSheet(file, row(1, text("A1", "Name")) + row(2, text(reference, "x")));
                assertTrue("a 2 KB file, not " + Files.size(file), Files.size(file) < 2048);
                assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen', cell " + reference
                        + ": not a cell of A1:XFD1048576 (Excel's last column and row)"), problems(store, file));
            }
            XlsxFile.writeSheet(file, row(1, text("A1", "Name")) + "<row r=\"1048577\"/>");
            assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen', row 1048577: not a row number from 1 to 1048576"),
                    problems(store, file));

            StringBuilder wide = new StringBuilder(row(1, text("A1", "Name"), text("B1", "Mail domains")));
            for (int r = 2; r <= 700; r++) {
                wide.append(row(r, text("A" + r, "Einrichtung " + r), text("B" + r, "e" + r + ".example"), text("XFD" + r, "far right")));
            }
            XlsxFile.writeSheet(file, wide.toString());
            assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen' takes more than 10,000,000 cells"
                    + " (counting the empty ones before each cell of a row)"), problems(store, file));
            XlsxFile.writeSheet(file, wide.substring(0, wide.indexOf("<row r=\"5\"")));
            try (AuditStore wideStore = AuditStore.open(folder.newFolder("wide").toPath())) {
                assertEquals("column XFD is Excel's last and allowed", 3,
                        InstitutionImport.importFile(file, wideStore, new NullProgressMonitor()).created());
            }
        }
    }

    private List<String> problems(Path file) throws Exception {
        try (AuditStore store = AuditStore.open(Files.createTempDirectory(folder.getRoot().toPath(), "data"))) {
            return problems(store, file);
        }
    }

    private static List<String> problems(AuditStore store, Path file) throws Exception {
        try {
            InstitutionImport.importFile(file, store, new NullProgressMonitor());
            throw new AssertionError(file.getFileName() + " must be refused");
        } catch (ImportException expected) {
            assertEquals("nothing stored", 0, store.institutions().count());
            return expected.problems().stream().map(ImportProblem::toString).toList();
        }
    }

    private static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    private static String text(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

}
