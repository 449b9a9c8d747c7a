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

/** XLSX import through the project's own reader: shared and inline strings, numbers, row numbers in problems. */
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
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            InstitutionImport.importFile(file, store, new NullProgressMonitor());
            throw new AssertionError("a CSV named .xlsx must be refused");
        } catch (ImportException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("fake.xlsx: not a readable XLSX workbook"));
        }
    }
}
