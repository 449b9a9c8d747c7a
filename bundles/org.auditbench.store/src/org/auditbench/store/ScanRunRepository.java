package org.auditbench.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.model.Campaign;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.store.internal.CampaignTable;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.InstitutionTable;
import org.auditbench.store.internal.ProviderTable;
import org.auditbench.store.internal.ScanRunTable;
import org.auditbench.store.internal.Tx;

/**
 * Scan runs with everything they found. Stored domain scans are evidence and are never changed:
 * {@link #save(ScanRun)} updates the run itself (status, finish time ...) and adds the domain scans that
 * are not stored yet, so the scan engine may save after every domain or once at the end.
 */
public final class ScanRunRepository {

    /** Ids in one IN list: small enough for Derby to compile the statements quickly, large enough for few reads. */
    private static final int IDS_PER_READ = 500;

    private final Database database;

    ScanRunRepository(Database database) {
        this.database = database;
    }

    /**
     * Saves the run and its new domain scans (mail servers, addresses, port states, observations) in one
     * transaction. Providers are shared by AS number: a provider already stored under the same AS number
     * is reused (the object gets its id). Institutions and the campaign referred to must be stored.
     */
    public void save(ScanRun run) {
        database.change(tx -> ScanRunTable.save(tx, run));
    }

    /** All runs, oldest first, without their domain scans (for lists); campaigns and previous runs linked. */
    public List<ScanRun> list() {
        return database.transaction(tx -> ScanRunTable.readRuns(tx, "", campaigns(tx)));
    }

    /** One run with everything it found; the institutions it refers to are loaded too. */
    public Optional<ScanRun> load(long id) {
        return database.transaction(tx -> load(tx, id, InstitutionTable.byId(InstitutionTable.read(tx,
                "i.id IN (SELECT ds.institution_id FROM domain_scan ds WHERE ds.scan_run_id = ?)", "", id))));
    }

    /**
     * One run with everything it found, linked to the given institutions (for example the register the
     * workbench already holds); institutions not in the collection are left unlinked.
     */
    public Optional<ScanRun> load(long id, Collection<Institution> institutions) {
        return database.transaction(tx -> load(tx, id, InstitutionTable.byId(institutions)));
    }

    private static Optional<ScanRun> load(Tx tx, long id, Map<Long, Institution> institutions) throws java.sql.SQLException {
        Optional<ScanRun> run = ScanRunTable.readRuns(tx, "r.id = ?", campaigns(tx), id).stream().findFirst();
        if (run.isPresent()) {
            ScanRunTable.readDomainScans(tx, "ds.scan_run_id = ?", Map.of(id, run.get()), institutions, id);
        }
        return run;
    }

    /**
     * The newest domain scan of each of the institution's domains, with mail servers and observations:
     * what the institution's views and letters show. The scans are not attached to their runs.
     */
    public List<DomainScan> latestDomainScans(Institution institution) {
        return database.transaction(tx -> ScanRunTable.readDomainScans(tx, "ds.institution_id = ? AND ds.id IN"
                + " (SELECT MAX(d2.id) FROM domain_scan d2 WHERE d2.institution_id = ? GROUP BY d2.domain_name)", Map.of(),
                Map.of(institution.getId(), institution), institution.getId(), institution.getId()));
    }

    /**
     * The newest domain scan of each mail domain of the given institutions, read at once (a campaign's
     * editor and reports), by institution id; an institution without a scan is absent. First the ids of
     * the newest scans of the given institutions (a scan without a later one of the same institution and
     * domain, looked up in their index), then those scans with what they found by their ids, each read in
     * parts of {@value #IDS_PER_READ}. A part is padded to full length with its last id, so that Derby
     * compiles each statement once and not once per length; reading the children by the scans' ids, not by
     * the "newest" condition, spares Derby evaluating that condition for every observation row.
     */
    public Map<Long, List<DomainScan>> latestDomainScans(Collection<Institution> institutions) {
        Map<Long, Institution> byId = InstitutionTable.byId(institutions);
        List<DomainScan> scans = database.transaction(tx -> {
            List<Long> newest = new ArrayList<>();
            for (Object[] part : parts(new ArrayList<>(byId.keySet()))) {
                tx.forEach("SELECT ds.id FROM domain_scan ds WHERE ds.institution_id IN (" + "?, ".repeat(IDS_PER_READ - 1) + "?)"
                        + " AND NOT EXISTS (SELECT 1 FROM domain_scan d2 WHERE d2.institution_id = ds.institution_id"
                        + " AND d2.domain_name = ds.domain_name AND d2.id > ds.id)", row -> newest.add(row.number("id")), part);
            }
            Collections.sort(newest);
            Map<Long, Provider> providers = ProviderTable.readAll(tx);
            List<DomainScan> read = new ArrayList<>();
            for (Object[] part : parts(newest)) {
                read.addAll(ScanRunTable.readDomainScans(tx, "ds.id IN (" + "?, ".repeat(IDS_PER_READ - 1) + "?)", Map.of(), byId,
                        providers, part));
            }
            return read;
        });
        Map<Long, List<DomainScan>> byInstitution = new HashMap<>();
        for (DomainScan scan : scans) {
            byInstitution.computeIfAbsent(scan.getInstitution().getId(), id -> new ArrayList<>()).add(scan);
        }
        return byInstitution;
    }

    /**
     * Every run that scanned the institution, oldest first, each holding only the institution's domain
     * scans (with mail servers and observations): the institution's scan history, as a dossier prints it.
     */
    public List<ScanRun> runsOf(Institution institution) {
        return database.transaction(tx -> {
            List<ScanRun> runs = ScanRunTable.readRuns(tx,
                    "r.id IN (SELECT ds.scan_run_id FROM domain_scan ds WHERE ds.institution_id = ?)", campaigns(tx), institution.getId());
            Map<Long, ScanRun> byId = new HashMap<>();
            runs.forEach(run -> byId.put(run.getId(), run));
            ScanRunTable.readDomainScans(tx, "ds.institution_id = ?", byId, Map.of(institution.getId(), institution), institution.getId());
            return runs;
        });
    }

    /** {@code ids} in parts of {@value #IDS_PER_READ}, the last part padded with its last id. */
    private static List<Object[]> parts(List<Long> ids) {
        List<Object[]> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            Object[] part = new Object[IDS_PER_READ];
            List<Long> given = ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ));
            for (int i = 0; i < IDS_PER_READ; i++) {
                part[i] = given.get(Math.min(i, given.size() - 1));
            }
            parts.add(part);
        }
        return parts;
    }

    /** Deletes the run and everything it found. */
    public void delete(ScanRun run) {
        database.change(tx -> {
            if (tx.update("DELETE FROM scan_run WHERE id = ?", run.getId()) == 1) {
                tx.audit(org.auditbench.store.internal.AuditActions.DELETE, run, run.getStatus().getName());
            }
        });
    }

    private static Map<Long, Campaign> campaigns(Tx tx) throws java.sql.SQLException {
        Map<Long, Campaign> byId = new java.util.HashMap<>();
        CampaignTable.readCampaigns(tx, "").forEach(c -> byId.put(c.getId(), c));
        return byId;
    }
}
