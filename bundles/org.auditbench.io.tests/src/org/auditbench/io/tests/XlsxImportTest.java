package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
        assertEquals(List.of("fake.xlsx: not an XLSX file (not a zip archive)"), problems(file));
    }

    /** Excel keeps the postcode 01067 as the number 1067 formatted 00000; the import reads what Excel shows. */
    @Test
    public void numberFormatsOfTextLikeColumnsAreHonoured() throws Exception {
        Path file = folder.getRoot().toPath().resolve("formats.xlsx");
        XlsxFile.writeSheet(file, row(1, text("A1", "Einrichtung"), text("B1", "PLZ"), text("C1", "Ort"), text("D1", "Mail-Domänen"),
                text("E1", "Aktenzeichen"))
                + row(2, text("A2", "Kita Dresden"), number("B2", 1, "1067"), text("C2", "Dresden"), text("D2", "kita-dresden.example"),
                        number("E2", 2, "0471100"))
                + row(3, text("A3", "Kita Köln"), number("B3", 1, "50999"), text("C3", "Köln"), text("D3", "kita-koeln.example"),
                        number("E3", 0, "4711.50"))
                + row(4, text("A4", "Kita Bonn"), number("B4", 3, "53111"), text("C4", "Bonn"), text("D4", "kita-bonn.example")),
                """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <numFmts count="1"><numFmt numFmtId="164" formatCode="00000"/></numFmts>
                  <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="49"/></cellStyleXfs>
                  <cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>
                    <xf numFmtId="49" xfId="1" applyNumberFormat="1"/><xf numFmtId="3" xfId="0"/></cellXfs>
                </styleSheet>""");
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            InstitutionImport.importFile(file, store, new NullProgressMonitor());
            Institution dresden = store.institutions().findByDomain("kita-dresden.example").orElseThrow();
            assertEquals("01067", dresden.getPostcode());
            assertEquals("text format: as written", "0471100", dresden.getFileNumber());
            Institution koeln = store.institutions().findByDomain("kita-koeln.example").orElseThrow();
            assertEquals("50999", koeln.getPostcode());
            assertEquals("general format: as typed", "4711.5", koeln.getFileNumber());
            assertEquals("a thousands format pads nothing", "53111",
                    store.institutions().findByDomain("kita-bonn.example").orElseThrow().getPostcode());
        }
    }

    /** Hostile workbooks: cells beyond Excel's grid, a sheet that would fill the heap, a zip bomb; all refused with the place named. */
    @Test
    public void hostileWorkbooksAreRefusedWithThePlaceNamed() throws Exception {
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            Path file = folder.getRoot().toPath().resolve("hostile.xlsx");
            for (String reference : new String[] { "ZZZZZZ2", "XFE2", "A0", "A1048577", "2", "A99999999999" }) {
                XlsxFile.writeSheet(file, row(1, text("A1", "Name")) + row(2, text(reference, "x")), null);
                assertTrue("a 2 KB file, not " + Files.size(file), Files.size(file) < 2048);
                assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen', cell " + reference
                        + ": not a cell of A1:XFD1048576 (Excel's last column and row)"), problems(store, file));
            }
            XlsxFile.writeSheet(file, row(1, text("A1", "Name")) + "<row r=\"1048577\"/>", null);
            assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen', row 1048577: not a row number from 1 to 1048576"),
                    problems(store, file));

            StringBuilder wide = new StringBuilder(row(1, text("A1", "Name"), text("B1", "Mail domains")));
            for (int r = 2; r <= 700; r++) {
                wide.append(row(r, text("A" + r, "Einrichtung " + r), text("B" + r, "e" + r + ".example"), text("XFD" + r, "far right")));
            }
            XlsxFile.writeSheet(file, wide.toString(), null);
            assertEquals(List.of("hostile.xlsx: sheet 'Einrichtungen' takes more than 10,000,000 cells"
                    + " (counting the empty ones before each cell of a row)"), problems(store, file));
            XlsxFile.writeSheet(file, wide.substring(0, wide.indexOf("<row r=\"5\"")), null);
            try (AuditStore wideStore = AuditStore.open(folder.newFolder("wide").toPath())) {
                assertEquals("column XFD is Excel's last and allowed", 3,
                        InstitutionImport.importFile(file, wideStore, new NullProgressMonitor()).created());
            }

            Path bomb = folder.getRoot().toPath().resolve("bomb.xlsx");
            XlsxFile.writeBomb(bomb, 150);
            assertTrue("a small file, not " + Files.size(bomb), Files.size(bomb) < 1024 * 1024);
            assertEquals(List.of("bomb.xlsx: part 'xl/worksheets/liste.xml' expands to more than 100 MB (refused as a possible zip bomb)"),
                    problems(store, bomb));

            Path entries = folder.getRoot().toPath().resolve("entries.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(entries))) {
                for (int i = 0; i <= 10_000; i++) {
                    zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
                    zip.closeEntry();
                }
            }
            assertEquals(List.of("entries.xlsx: the archive has more than 10000 entries (refused as a possible zip bomb)"),
                    problems(store, entries));
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

    private static String number(String reference, int style, String value) {
        return "<c r=\"" + reference + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }
}
