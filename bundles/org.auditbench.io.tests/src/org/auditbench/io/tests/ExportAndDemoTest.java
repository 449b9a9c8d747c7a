package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.io.DemoData;
import org.auditbench.io.InstitutionExport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The demo data set loads into an empty store only; an export imports back into the same register, with
 * cells that spreadsheets would evaluate neutralised.
 */
public class ExportAndDemoTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void demoDataLoadsOnlyIntoAPristineStore() throws Exception {
        try (AuditStore store = AuditStore.open(folder.newFolder("data").toPath())) {
            int loaded = DemoData.loadIfEmpty(store, new NullProgressMonitor());
            assertTrue("a few dozen institutions, got " + loaded, loaded >= 30);
            List<Institution> register = store.institutions().loadAll();
            assertEquals(loaded, register.size());
            assertTrue(register.stream().filter(Institution::isReportedBreach).count() >= 3);
            assertTrue(register.stream().flatMap(i -> i.getMailDomains().stream()).map(MailDomain::getName)
                    .allMatch(d -> d.endsWith(".example") || d.endsWith(".test")));
            assertEquals("Bürgerstiftung Beispiel",
                    store.institutions().findByDomain("xn--brgerstiftung-beispiel-slc.example").orElseThrow().getName());
            assertEquals(0, DemoData.loadIfEmpty(store, new NullProgressMonitor()));
            assertEquals(loaded, store.institutions().count());
        }
    }

    @Test
    public void anExportImportsBackUnchanged() throws Exception {
        Path csv = folder.getRoot().toPath().resolve("export.csv");
        List<Institution> exported;
        try (AuditStore store = AuditStore.open(folder.newFolder("source").toPath())) {
            DemoData.load(store, new NullProgressMonitor());
            exported = store.institutions().loadAll();
            InstitutionExport.toCsv(exported, csv);
        }
        try (AuditStore store = AuditStore.open(folder.newFolder("target").toPath())) {
            assertEquals(exported.size(), InstitutionImport.importFile(csv, store, new NullProgressMonitor()).created());
            List<Institution> imported = store.institutions().loadAll();
            for (int i = 0; i < exported.size(); i++) {
                Institution a = exported.get(i);
                Institution b = imported.get(i);
                assertEquals(List.of(a.getName(), a.getKind(), a.getStreet(), a.getPostcode(), a.getCity(), a.getContactPerson(),
                        a.getContactEmail(), a.getFileNumber(), a.isReportedBreach(), InstitutionImportTest.domains(a)),
                        List.of(b.getName(), b.getKind(), b.getStreet(), b.getPostcode(), b.getCity(), b.getContactPerson(),
                                b.getContactEmail(), b.getFileNumber(), b.isReportedBreach(), InstitutionImportTest.domains(b)));
            }
        }
    }

    /** CSV injection: =HYPERLINK(...) in a name must not become a live formula in Excel. */
    @Test
    public void formulaCellsAreNeutralisedAndImportBack() throws Exception {
        Path csv = folder.getRoot().toPath().resolve("export.csv");
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\";\"klick\")", "+49 30 1234", "-2+3", "@SUM(A1:A9)",
                "\tTab", "\rReturn");
        try (AuditStore store = AuditStore.open(folder.newFolder("source").toPath())) {
            for (int i = 0; i < hostile.size(); i++) {
                Institution institution = AuditFactory.eINSTANCE.createInstitution();
                institution.setName("Einrichtung " + i);
                institution.setCity("Musterstadt");
                institution.setContactPerson(hostile.get(i));
                store.institutions().save(institution);
            }
            InstitutionExport.toCsv(store.institutions().loadAll(), csv);
        }
        String written = Files.readString(csv);
        assertTrue(written, written.contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\";"));
        assertTrue(written, written.contains(";'+49 30 1234;") && written.contains(";'-2+3;") && written.contains(";'@SUM(A1:A9);")
                && written.contains(";'\tTab;") && written.contains(";\"'\rReturn\";"));
        try (AuditStore store = AuditStore.open(folder.newFolder("target").toPath())) {
            InstitutionImport.importFile(csv, store, new NullProgressMonitor());
            assertEquals(List.of("=HYPERLINK(\"http://evil.example\";\"klick\")", "+49 30 1234", "-2+3", "@SUM(A1:A9)", "Tab", "Return"),
                    store.institutions().loadAll().stream().map(Institution::getContactPerson).toList());
        }
    }
}
