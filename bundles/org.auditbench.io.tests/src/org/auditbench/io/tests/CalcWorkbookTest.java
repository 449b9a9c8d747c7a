package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.auditbench.io.ImportException;
import org.auditbench.io.ImportProblem;
import org.auditbench.io.ImportReport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.io.internal.ImportLog;
import org.auditbench.io.internal.SourceRow;
import org.auditbench.io.internal.XlsxReader;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A workbook as LibreOffice Calc saves it ({@code calc/}, see the README there), read through POI:
 * postcodes and phone numbers as Calc shows them, dates as dates, formulas by their result; and zip
 * bombs made from it, refused before anything is stored.
 */
public class CalcWorkbookTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theCellsReadAsCalcShowsThem() throws Exception {
        ImportLog log = new ImportLog("Einrichtungen-Calc.xlsx");
        List<SourceRow> rows = XlsxReader.read(calcWorkbook(), log);
        assertEquals(List.of(), log.problems());
        assertEquals("the empty row 4 is not there", List.of(1, 2, 3, 5), rows.stream().map(SourceRow::line).toList());
        assertEquals(List.of("Einrichtung", "Art", "Straße", "PLZ", "Ort", "Mail-Domänen", "Telefon", "Aktenzeichen", "Stand"),
                rows.get(0).cells());
        assertEquals("text cells, a date", List.of("Kita Dresden-Neustadt", "Kita", "Königsbrücker Straße 12", "01067", "Dresden",
                "kita-dresden.example", "0351 1234567", "AZ-2026-001", "2026-03-01"), rows.get(1).cells());
        assertEquals("numbers formatted 00000 and 00000000000, a number in a text cell, a date",
                List.of("Gemeinde Görlitz", "Gemeinde", "Untermarkt 6", "02826", "Görlitz", "görlitz.example", "03581671234", "4711",
                        "2026-12-24"), rows.get(2).cells());
        assertEquals("formulas by their result, #,##0 without the thousands separator, a decimal as typed",
                List.of("Kita Bonn", "Kita", "Weg 1", "53111", "Bonn", "kita-bonn.example", "2", "4711.5"), rows.get(3).cells());
    }

    @Test
    public void aCalcWorkbookIsImported() throws Exception {
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            ImportReport report = InstitutionImport.importFile(calcWorkbook(), store, new NullProgressMonitor());
            assertEquals(3, report.created());
            assertEquals(List.of("column 'Telefon' is not known and was ignored", "column 'Stand' is not known and was ignored"),
                    report.notes());
            Institution dresden = store.institutions().findByDomain("kita-dresden.example").orElseThrow();
            assertEquals("01067", dresden.getPostcode());
            assertEquals("Königsbrücker Straße 12", dresden.getStreet());
            Institution goerlitz = store.institutions().findByDomain("xn--grlitz-wxa.example").orElseThrow();
            assertEquals("02826", goerlitz.getPostcode());
            assertEquals("4711", goerlitz.getFileNumber());
            assertEquals("görlitz.example", goerlitz.getMailDomains().get(0).getUnicodeName());
            assertEquals("53111", store.institutions().findByDomain("kita-bonn.example").orElseThrow().getPostcode());
        }
    }

    /** The Calc workbook with its sheet padded to 150 MB of blanks: a file of a few hundred KB. */
    @Test
    public void aZipBombIsRefusedAndNothingIsImported() throws Exception {
        Path bomb = folder.getRoot().toPath().resolve("bomb.xlsx");
        rewrite(calcWorkbook(), bomb, (name, content, zip) -> {
            if (!name.equals(SHEET)) {
                zip.write(content);
                return;
            }
            String sheet = new String(content, StandardCharsets.UTF_8);
            int end = sheet.indexOf("</sheetData>");
            zip.write(sheet.substring(0, end).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 150; i++) {
                zip.write(blanks);
            }
            zip.write(sheet.substring(end).getBytes(StandardCharsets.UTF_8));
        }, 0);
        assertTrue("a small file, not " + Files.size(bomb), Files.size(bomb) < 1024 * 1024);
        assertEquals(List.of("bomb.xlsx: part '" + SHEET + "' expands to more than 100 times its packed size"
                + " (refused as a possible zip bomb)"), problems(bomb));
    }

    /** POI allows 1,000 entries; the import allows 10,000, as it always did, and refuses more. */
    @Test
    public void anArchiveOfTooManyEntriesIsRefused() throws Exception {
        Path many = folder.getRoot().toPath().resolve("many.xlsx");
        rewrite(calcWorkbook(), many, (name, content, zip) -> zip.write(content), 5_000);
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            assertEquals("5,000 more entries are allowed", 3,
                    InstitutionImport.importFile(many, store, new NullProgressMonitor()).created());
        }
        rewrite(calcWorkbook(), many, (name, content, zip) -> zip.write(content), 10_000);
        assertEquals(List.of("many.xlsx: the archive has more than 10000 entries (refused as a possible zip bomb)"), problems(many));
    }

    private interface PartCopy {
        void copy(String name, byte[] content, OutputStream zip) throws IOException;
    }

    /** Copies the workbook's entries through {@code copy} and adds {@code emptyEntries} empty images. */
    private static void rewrite(Path from, Path to, PartCopy copy, int emptyEntries) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                copy.copy(entry.getName(), in.readAllBytes(), out);
                out.closeEntry();
            }
            for (int i = 0; i < emptyEntries; i++) {
                out.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
                out.closeEntry();
            }
        }
    }

    /** The problems that refuse {@code file}; nothing is stored. */
    private List<String> problems(Path file) throws Exception {
        try (AuditStore store = AuditStore.open(Files.createTempDirectory(folder.getRoot().toPath(), "data"))) {
            try {
                InstitutionImport.importFile(file, store, new NullProgressMonitor());
                throw new AssertionError(file.getFileName() + " must be refused");
            } catch (ImportException expected) {
                assertEquals("nothing stored", 0, store.institutions().count());
                return expected.problems().stream().map(ImportProblem::toString).toList();
            }
        }
    }

    private Path calcWorkbook() throws IOException {
        Path file = folder.getRoot().toPath().resolve("Einrichtungen-Calc.xlsx");
        if (!Files.exists(file)) {
            try (InputStream in = CalcWorkbookTest.class.getResourceAsStream("calc/Einrichtungen-Calc.xlsx")) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
