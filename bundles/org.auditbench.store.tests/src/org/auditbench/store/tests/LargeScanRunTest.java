package org.auditbench.store.tests;

import static org.auditbench.store.tests.ModelAssert.assertSameContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.auditbench.model.DomainScan;
import org.auditbench.model.Identifiable;
import org.auditbench.model.Institution;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.internal.Database;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Large scan runs are saved in batches, their generated ids read back afterwards: every object must get
 * the id of its own row, also when a run grows over several saves and other runs are saved in between,
 * and a refused save must leave nothing behind.
 */
public class LargeScanRunTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aLargeRunSavedInPartsBetweenOtherRunsComesBackComplete() throws Exception {
        Path data = folder.getRoot().toPath();
        Institution institution = ModelSamples.institution("Pfarrei St. Marien Musterstadt", "st-marien.example");
        ScanRun large = runOf(institution, "large", 1500, 20);
        ScanRun other = runOf(institution, "other", 300, 3);
        try (AuditStore store = TestDatabase.open(data)) {
            store.institutions().save(institution);
            store.scanRuns().save(large);
            store.scanRuns().save(other);
            for (int i = 0; i < 400; i++) {
                large.getDomainScans().add(ModelSamples.domainScan(institution, "later" + i + ".example", i % 7));
                other.getDomainScans().add(ModelSamples.domainScan(institution, "other-later" + i + ".example", 1));
            }
            store.scanRuns().save(large);
            store.scanRuns().save(other);
        }
        assertDistinctIds(large, other);
        try (AuditStore store = TestDatabase.open(data)) {
            ScanRun loaded = store.scanRuns().load(large.getId()).orElseThrow();
            assertEquals(1900, loaded.getDomainScans().size());
            assertEquals(1500 * 20 + countObservations(400, 7), loaded.getDomainScans().stream().mapToInt(s -> s.getObservations().size()).sum());
            assertSameContent(large, loaded);
            assertSameContent(other, store.scanRuns().load(other.getId()).orElseThrow());
            Map<String, Long> counts = store.counts();
            assertEquals(1900 + 700, (long) counts.get("domain_scan"));
            assertEquals(2 * 2600, (long) counts.get("net_address"));
        }
    }

    @Test
    public void aRunRefusedAtItsLastObservationLeavesTheStoreAndTheObjectsAsTheyWere() throws Exception {
        Institution institution = ModelSamples.institution("Kita Sonnenschein", "kita.example");
        ScanRun run = runOf(institution, "refused", 1200, 5);
        DomainScan last = run.getDomainScans().get(run.getDomainScans().size() - 1);
        last.getObservations().get(4).setCheckId("c".repeat(201));
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            store.institutions().save(institution);
            Map<String, Long> before = store.counts();
            try {
                store.scanRuns().save(run);
                fail("a check id of 201 characters was stored");
            } catch (InputRefusedException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("201 characters, at most 200"));
            }
            assertEquals(before, store.counts());
            EcoreUtil.getAllContents(run, true).forEachRemaining(o -> assertEquals("id kept by " + o, 0L,
                    ((Identifiable) o).getId()));
            assertEquals(0L, run.getId());

            last.getObservations().get(4).setCheckId("dns.mx");
            store.scanRuns().save(run);
            assertSameContent(run, store.scanRuns().load(run.getId()).orElseThrow());
        }
    }

    @Test
    public void aRunRefusedAfterItsObservationsWereWrittenLeavesNothingAndTheNextLargeRunIsWhole() throws Exception {
        Path data = folder.getRoot().toPath();
        Institution institution = ModelSamples.institution("Kirchengemeinde St. Georg", "st-georg.example");
        ScanRun refused = runOf(institution, "refused", 700, 3);
        // Providers are written after the observations: this one fails the save when they are already in.
        refused.getDomainScans().get(699).getMailServers().get(0).getAddresses().get(1).getProvider()
                .setOrganisation("O".repeat(32_001));
        ScanRun run = runOf(institution, "whole", 800, 4);
        Observation bare = run.getDomainScans().get(17).getObservations().get(2);
        bare.setTarget(null);
        bare.setEvidence(null);
        bare.setObservedAt(null);
        run.getDomainScans().get(18).getObservations().get(0).setEvidence("Zertifikatskette\n".repeat(4_000));
        try (AuditStore store = TestDatabase.open(data)) {
            store.institutions().save(institution);
            Map<String, Long> before = store.counts();
            try {
                store.scanRuns().save(refused);
                fail("a provider name of 32,001 characters was stored");
            } catch (InputRefusedException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("32,001 characters"));
            }
            assertEquals(before, store.counts());
            store.scanRuns().save(run);
        }
        assertDistinctIds(run);
        try (AuditStore store = TestDatabase.open(data)) {
            ScanRun loaded = store.scanRuns().load(run.getId()).orElseThrow();
            assertSameContent(run, loaded);
            Observation loadedBare = loaded.getDomainScans().get(17).getObservations().get(2);
            assertNull(loadedBare.getTarget());
            assertNull(loadedBare.getEvidence());
            assertNull(loadedBare.getObservedAt());
            assertEquals(4_000 * "Zertifikatskette\n".length(),
                    loaded.getDomainScans().get(18).getObservations().get(0).getEvidence().length());
        }
        if (!TestDatabase.onServer()) {
            // The rows went through the table functions (a batch would store the same, only slower).
            try (Database database = TestDatabase.database(data)) {
                long feeds = database.transaction(tx -> tx.number(
                        "SELECT COUNT(*) FROM SYS.SYSALIASES WHERE ALIAS LIKE 'AB\\_FEED\\_%' ESCAPE '\\'", 0));
                assertEquals("table functions for domain scans, mail servers, observations, addresses and ports", 5, feeds);
            }
        }
    }

    private static ScanRun runOf(Institution institution, String prefix, int domains, int observations) {
        ScanRun run = ModelSamples.scanRun(institution, 0);
        run.getDomainScans().clear();
        for (int i = 0; i < domains; i++) {
            run.getDomainScans().add(ModelSamples.domainScan(institution, prefix + i + ".example", observations));
        }
        return run;
    }

    private static int countObservations(int domains, int modulo) {
        int sum = 0;
        for (int i = 0; i < domains; i++) {
            sum += i % modulo;
        }
        return sum;
    }

    /** Every object has an id and no two objects of one kind share one (providers are references, not contents). */
    private static void assertDistinctIds(ScanRun... runs) {
        Map<String, Set<Long>> seen = new HashMap<>();
        for (ScanRun run : runs) {
            for (var it = EcoreUtil.<EObject>getAllContents(run, true); it.hasNext();) {
                EObject o = it.next();
                long id = ((Identifiable) o).getId();
                assertTrue("no id: " + o, id > 0);
                assertTrue("two " + o.eClass().getName() + " objects with id " + id,
                        seen.computeIfAbsent(o.eClass().getName(), k -> new HashSet<>()).add(id));
            }
        }
    }
}
