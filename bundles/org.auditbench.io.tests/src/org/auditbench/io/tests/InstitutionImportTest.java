package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.auditbench.io.ImportException;
import org.auditbench.io.ImportProblem;
import org.auditbench.io.ImportReport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** CSV import: headers in English or German, delimiters, quotes, BOM, IDN, duplicates, bad rows, all or nothing. */
public class InstitutionImportTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;

    @Before
    public void openStore() throws IOException {
        store = AuditStore.open(folder.newFolder("data").toPath());
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void englishHeadersWithCommasAndQuotes() throws Exception {
        ImportReport report = importCsv("list.csv", StandardCharsets.UTF_8,
                "Name,Kind,Street,Postcode,City,Mail domains,Contact person,Contact e-mail\r\n"
                        + "\"Verein \"\"Hilfe, sofort\"\"\",Verein,\"Weg 1\nHinterhaus\",01067,Dresden,\"hilfe.example, Hilfe.TEST.\",\"Muster, Max\",max@hilfe.example\r\n"
                        + "Schule am Park,Schule,Parkweg 2,12345,Musterstadt,schule-am-park.example;schule.test,,\r\n");
        assertEquals(2, report.created());
        Institution verein = byName("Verein \"Hilfe, sofort\"");
        assertEquals("Weg 1\nHinterhaus", verein.getStreet());
        assertEquals("01067", verein.getPostcode());
        assertEquals("Muster, Max", verein.getContactPerson());
        assertEquals(List.of("hilfe.example", "hilfe.test"), domains(verein));
        assertEquals(List.of("schule-am-park.example", "schule.test"), domains(byName("Schule am Park")));
    }

    @Test
    public void germanHeadersSemicolonsBomAndInternationalDomains() throws Exception {
        String csv = "\uFEFFEinrichtung;Art;Straße;PLZ;Ort;Mail-Domänen;Ansprechpartner;E-Mail;Datenpanne gemeldet;Bemerkung\n"
                + "Bürgerstiftung Beispiel;Stiftung;Markt 5;12350;Beispielstadt;bürgerstiftung-beispiel.example "
                + "BÜRGER.example;Clara Stifter;vorstand@bürgerstiftung-beispiel.example;ja;egal\n";
        ImportReport report = importCsv("einrichtungen.csv", StandardCharsets.UTF_8, csv);
        Institution stiftung = byName("Bürgerstiftung Beispiel");
        assertEquals("Markt 5", stiftung.getStreet());
        assertTrue(stiftung.isReportedBreach());
        assertEquals(List.of("xn--brgerstiftung-beispiel-slc.example", "xn--brger-kva.example"), domains(stiftung));
        assertEquals("bürgerstiftung-beispiel.example", stiftung.getMailDomains().get(0).getUnicodeName());
        assertTrue(report.notes().toString(), report.notes().stream().anyMatch(n -> n.contains("Bemerkung")));
    }

    @Test
    public void windows1252IsReadWithANote() throws Exception {
        ImportReport report = importCsv("alt.csv", Charset.forName("windows-1252"),
                "Name;Ort;Mail-Domänen\nKita Fröhlich;Köln;kita-froehlich.example\n");
        assertEquals("Köln", byName("Kita Fröhlich").getCity());
        assertTrue(report.notes().toString(), report.notes().stream().anyMatch(n -> n.contains("Windows-1252")));
    }

    /** One Latin-1 byte in a UTF-8 file: reading all as Windows-1252 would garble every umlaut ("MÃ¼ller"). */
    @Test
    public void aUtf8FileWithLinesInAnotherEncodingIsRefusedWithThoseLines() throws Exception {
        byte[] utf8 = "Name;Ort;Mail-Domänen;Ansprechpartner\nKita Fröhlich;Köln;kita.example;Frau Müller\nSchule;Bonn;schule.example;Herr X\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Pfarrei;Düren;pfarrei.example;Herr Weiß\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.getRoot().toPath().resolve("gemischt.csv");
        Files.write(file, concat(utf8, latin1, "Klinik;Aachen;klinik.example;Frau Öz\n".getBytes(StandardCharsets.UTF_8), latin1));
        try {
            InstitutionImport.importFile(file, store, new NullProgressMonitor());
            throw new AssertionError("a file of mixed encodings must be refused");
        } catch (ImportException expected) {
            String problem = ": bytes that are not UTF-8 in a file that is UTF-8 elsewhere (mixed encodings); save the file as UTF-8";
            assertEquals(List.of("gemischt.csv:4" + problem, "gemischt.csv:6" + problem),
                    expected.problems().stream().map(ImportProblem::toString).toList());
        }
        assertEquals(0, store.institutions().count());
    }

    @Test
    public void conflictingDetailsOfMergedRowsAreReportedWithBothLines() throws Exception {
        ImportReport report = importCsv("doppelt.csv", StandardCharsets.UTF_8, "Name;Ort;Mail-Domänen;Ansprechpartner;E-Mail\n"
                + "Pfarrei St. Marien;Musterstadt;st-marien.example;Erika Mustermann;erika@st-marien.example\n"
                + "Pfarrei St. Marien;Musterstadt;st-marien.test;Max Muster;erika@st-marien.example\n");
        assertEquals(List.of("line 3 merged into line 2 (same name and city)",
                "line 3 merged into line 2, but column 'Contact person' differs: line 2 'Erika Mustermann' was kept,"
                        + " line 3 'Max Muster' dropped; check which is right"), report.notes());
        assertEquals("Erika Mustermann", byName("Pfarrei St. Marien").getContactPerson());
    }

    @Test
    public void excelUnicodeTextWithTabsIsRead() throws Exception {
        importCsv("unicode.txt", StandardCharsets.UTF_16LE, "\uFEFFEinrichtung\tOrt\tMail-Domänen\nKita Fröhlich\tKöln\tkita-köln.example\n");
        assertEquals("xn--kita-kln-s4a.example", byName("Kita Fröhlich").getMailDomains().get(0).getName());
    }

    @Test
    public void rowsOfTheSameInstitutionAreMergedAndReImportUpdates() throws Exception {
        ImportReport first = importCsv("a.csv", StandardCharsets.UTF_8, "Name;Ort;Mail-Domänen;Ansprechpartner\n"
                + "Pfarrei St. Marien;Musterstadt;st-marien.example;\n"
                + "Pfarrei St. Marien;Musterstadt;st-marien.test;Erika Mustermann\n"
                + "Pfarrei St. Marien;Anderstadt;st-marien-anderstadt.example;\n");
        assertEquals(2, first.created());
        assertTrue(first.notes().toString(), first.notes().contains("line 3 merged into line 2 (same name and city)"));
        ImportReport second = importCsv("b.csv", StandardCharsets.UTF_8, "Name;Ort;Mail-Domänen;Art\n"
                + "PFARREI ST. MARIEN;musterstadt;st-marien.example neu-marien.example;Pfarrei\n");
        assertEquals(0, second.created());
        assertEquals(1, second.updated());
        assertEquals(2, store.institutions().count());
        Institution marien = store.institutions().findByDomain("neu-marien.example").orElseThrow();
        assertEquals(List.of("st-marien.example", "st-marien.test", "neu-marien.example"), domains(marien));
        assertEquals("Erika Mustermann", marien.getContactPerson());
        assertEquals("Pfarrei", marien.getKind());
    }

    @Test
    public void badRowsAreAllReportedWithTheirLinesAndNothingIsStored() throws Exception {
        importCsv("before.csv", StandardCharsets.UTF_8, "Name;Ort;Mail-Domänen\nKlinikum Nord;Nordstadt;klinikum-nord.example\n");
        Map<String, Long> before = store.counts();
        String csv = "Name;Ort;Mail-Domänen;E-Mail;Datenpanne\n"
                + "Gute Einrichtung;Musterstadt;gut.example;info@gut.example;nein\n" // line 2: fine
                + ";Musterstadt;ohne-name.example;;\n" // line 3
                + "Kaputte Domain;Musterstadt;x..y;;\n" // line 4
                + "Falsche Mail;Musterstadt;mail.example;kein-at-zeichen;\n" // line 5
                + "Zweimal;Musterstadt;gut.example;;\n" // line 6: domain of line 2
                + "Schon vergeben;Musterstadt;klinikum-nord.example;;ja\n" // line 7: domain in the store
                + "Unsicher;Musterstadt;unsicher.example;;vielleicht\n"; // line 8
        ImportException refused = refused("bad.csv", csv);
        assertEquals(List.of("bad.csv:3: the institution name is missing",
                "bad.csv:4: mail domain 'x..y' is not a valid domain name",
                "bad.csv:5: contact e-mail 'kein-at-zeichen' is not a valid address",
                "bad.csv:6: mail domain 'gut.example' is also given in line 2 for another institution",
                "bad.csv:7: mail domain 'klinikum-nord.example' already belongs to 'Klinikum Nord'",
                "bad.csv:8: reported breach 'vielleicht' is neither yes nor no"),
                refused.problems().stream().map(ImportProblem::toString).toList());
        assertEquals("the store is unchanged", before, store.counts());
    }

    @Test
    public void fileLevelProblemsRefuseTheImport() throws Exception {
        assertEquals("nofile.csv:1: no column for the institution name (expected a header such as Name or Einrichtung)",
                refused("nofile.csv", "Ort;Mail-Domänen\nMusterstadt;a.example\n").problems().get(0).toString());
        assertEquals("quote.csv:2: a quote opened in this line is never closed",
                refused("quote.csv", "Name;Ort\n\"Offen;Musterstadt\nNoch eine;Zeile\n").problems().get(0).toString());
        assertEquals("empty.csv: the file has no header row", refused("empty.csv", "\n\n").problems().get(0).toString());
        Path other = folder.newFile("liste.ods").toPath();
        try {
            InstitutionImport.importFile(other, store, new NullProgressMonitor());
            fail("an .ods file must be refused");
        } catch (ImportException expected) {
            assertEquals("liste.ods: unsupported file type (expected .csv or .xlsx)", expected.getMessage());
        }
        Path huge = folder.getRoot().toPath().resolve("huge.csv");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024 + 1);
        }
        try {
            InstitutionImport.importFile(huge, store, new NullProgressMonitor());
            fail("a file beyond the limit must be refused before it is read");
        } catch (ImportException expected) {
            assertEquals("huge.csv: larger than 100 MB (more than any register needs)", expected.getMessage());
        }
        assertEquals(0, store.institutions().count());
    }

    private ImportException refused(String name, String csv) throws IOException {
        try {
            importCsv(name, StandardCharsets.UTF_8, csv);
            throw new AssertionError("the import of " + name + " must be refused");
        } catch (ImportException expected) {
            return expected;
        }
    }

    private ImportReport importCsv(String name, Charset charset, String content) throws IOException, ImportException {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.write(file, content.getBytes(charset));
        return InstitutionImport.importFile(file, store, new NullProgressMonitor());
    }

    private Institution byName(String name) {
        return store.institutions().loadAll().stream().filter(i -> i.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not imported: " + name));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static List<String> domains(Institution institution) {
        return institution.getMailDomains().stream().map(MailDomain::getName).toList();
    }
}
