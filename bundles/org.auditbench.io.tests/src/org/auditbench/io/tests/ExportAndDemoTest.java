package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.io.DemoData;
import org.auditbench.io.InstitutionExport;
import org.auditbench.io.InstitutionImport;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The demo data set loads into an empty store only; an export imports back into the same register. */
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
}
