package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Two auditors importing registers into one server database at the same time (team mode): every
 * institution gets the id of its own row and its own mail domains, although the new rows go to the
 * database in batches and the two clients' rows are numbered by the same identity columns meanwhile.
 * Embedded, both threads work through one store.
 */
public class ConcurrentImportTest {

    private static final int IMPORTS = 5;
    private static final int INSTITUTIONS_PER_IMPORT = 600;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void twoClientsImportingAtOnceGetEveryInstitutionWithItsOwnDomains() throws Exception {
        Path data = folder.getRoot().toPath();
        AuditStore erika = AuditStore.open(data, TestDatabase.options(data).withActor("erika"));
        AuditStore max = TestDatabase.onServer() ? AuditStore.open(data, TestDatabase.options(data).withActor("max")) : erika;
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<List<Institution>> erikas = clients.submit(() -> importInParts(erika, "erika", start));
            Future<List<Institution>> maxs = clients.submit(() -> importInParts(max, "max", start));
            List<Institution> imported = new ArrayList<>(erikas.get(5, TimeUnit.MINUTES));
            imported.addAll(maxs.get(5, TimeUnit.MINUTES));

            Map<Long, Institution> stored = new HashMap<>();
            erika.institutions().loadAll().forEach(i -> stored.put(i.getId(), i));
            assertEquals(2 * IMPORTS * INSTITUTIONS_PER_IMPORT, stored.size());
            for (Institution mine : imported) {
                Institution row = stored.get(mine.getId());
                assertEquals("the row of id " + mine.getId(), mine.getName(), row == null ? null : row.getName());
                assertEquals(domains(mine), domains(row));
                assertEquals("the domain ids given to " + mine.getName(), ids(mine), ids(row));
                assertEquals(1, mine.getRowVersion());
            }
        } finally {
            clients.shutdownNow();
            erika.close();
            max.close();
        }
    }

    /** Imports in several transactions, so that one client commits while the other is still writing. */
    private static List<Institution> importInParts(AuditStore store, String who, CyclicBarrier start) throws Exception {
        start.await(1, TimeUnit.MINUTES);
        List<Institution> all = new ArrayList<>();
        for (int part = 0; part < IMPORTS; part++) {
            List<Institution> register = new ArrayList<>();
            for (int i = 0; i < INSTITUTIONS_PER_IMPORT; i++) {
                String name = who + "-" + part + "-" + i;
                register.add(ModelSamples.institution("Einrichtung " + name, name + ".example", "mail." + name + ".example"));
            }
            store.institutions().saveAll(register);
            all.addAll(register);
        }
        return all;
    }

    private static List<String> domains(Institution institution) {
        return institution.getMailDomains().stream().map(MailDomain::getName).toList();
    }

    private static List<Long> ids(Institution institution) {
        return institution.getMailDomains().stream().map(MailDomain::getId).toList();
    }
}
