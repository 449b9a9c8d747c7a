package org.auditbench.store;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.auditbench.model.Institution;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.InstitutionTable;

/** The register of institutions under supervision, with their mail domains. */
public final class InstitutionRepository {

    private static final String BY_NAME = "ORDER BY i.name, i.id";

    private final Database database;

    InstitutionRepository(Database database) {
        this.database = database;
    }

    /** Every institution with its mail domains, by name (two queries, whatever the size of the register). */
    public List<Institution> loadAll() {
        return database.transaction(InstitutionTable::readAll);
    }

    public Optional<Institution> load(long id) {
        return database.transaction(tx -> InstitutionTable.read(tx, "i.id = ?", "", id)).stream().findFirst();
    }

    /**
     * Institutions whose name, city or one of whose mail domains (ASCII or Unicode) contains {@code text},
     * ignoring case; at most {@code limit}, by name.
     */
    public List<Institution> search(String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.transaction(tx -> InstitutionTable.read(tx,
                "LOWER(i.name) LIKE ? ESCAPE '\\' OR LOWER(i.city) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mail_domain m"
                        + " WHERE m.institution_id = i.id AND (m.name LIKE ? ESCAPE '\\' OR LOWER(m.unicode_name) LIKE ? ESCAPE '\\'))",
                BY_NAME + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", pattern, pattern, pattern, pattern));
    }

    /** The institution owning the mail domain {@code asciiName} (lower-case ASCII form). */
    public Optional<Institution> findByDomain(String asciiName) {
        return database.transaction(tx -> InstitutionTable.read(tx,
                "i.id IN (SELECT m.institution_id FROM mail_domain m WHERE m.name = ?)", "", asciiName)).stream().findFirst();
    }

    /** Inserts or updates one institution and its mail domains, in one transaction. */
    public void save(Institution institution) {
        saveAll(List.of(institution));
    }

    /** Inserts or updates all of them in one transaction: all are stored, or none. */
    public void saveAll(Collection<? extends Institution> institutions) {
        database.change(tx -> InstitutionTable.saveAll(tx, institutions));
    }

    /** Deletes the institution and its mail domains; its scan results stay (without the link). */
    public void delete(Institution institution) {
        database.change(tx -> InstitutionTable.delete(tx, institution));
    }

    public long count() {
        return database.transaction(tx -> tx.number("SELECT COUNT(*) FROM institution", 0));
    }
}
