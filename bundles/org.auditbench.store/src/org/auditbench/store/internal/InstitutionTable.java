package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.StoreException;

/** Institutions and their mail domains in the tables {@code institution} and {@code mail_domain}. */
public final class InstitutionTable {

    private static final String SELECT = "SELECT i.id, i.name, i.kind, i.street, i.postcode, i.city, i.contact_person,"
            + " i.contact_email, i.file_number, i.reported_breach, i.row_version FROM institution i";
    private static final String FIELDS = "name, kind, street, postcode, city, contact_person, contact_email, file_number,"
            + " reported_breach";
    private static final String DOMAIN_FIELDS = "institution_id, name, unicode_name";
    /** Mail domains looked up at once when checking that new ones are free. */
    private static final int NAMES_PER_QUERY = 500;

    /** SQL standard state of a unique constraint violation (Derby and PostgreSQL alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    private InstitutionTable() {
    }

    /**
     * The institutions matching {@code condition} (on alias {@code i}; empty for all) with their mail
     * domains, in the order {@code orderAndLimit} gives.
     */
    public static List<Institution> read(Tx tx, String condition, String orderAndLimit, Object... parameters)
            throws SQLException {
        String where = condition.isEmpty() ? "" : " WHERE " + condition;
        Map<Long, Institution> byId = new LinkedHashMap<>();
        tx.forEach(SELECT + where + " " + orderAndLimit, row -> {
            Institution institution = AuditFactory.eINSTANCE.createInstitution();
            institution.setId(row.number("id"));
            institution.setRowVersion(row.number("row_version"));
            institution.setName(row.text("name"));
            institution.setKind(row.text("kind"));
            institution.setStreet(row.text("street"));
            institution.setPostcode(row.text("postcode"));
            institution.setCity(row.text("city"));
            institution.setContactPerson(row.text("contact_person"));
            institution.setContactEmail(row.text("contact_email"));
            institution.setFileNumber(row.text("file_number"));
            institution.setReportedBreach(row.flag("reported_breach"));
            byId.put(institution.getId(), institution);
        }, parameters);
        if (!byId.isEmpty()) {
            Children<MailDomain> domains = new Children<>();
            tx.forEach("SELECT d.id, d.institution_id, d.name FROM mail_domain d JOIN institution i ON d.institution_id = i.id"
                    + where, row -> {
                        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
                        domain.setId(row.number("id"));
                        domain.setName(row.text("name"));
                        domains.add(row.number("institution_id"), domain);
                    }, parameters);
            domains.attach(byId, Institution::getMailDomains);
        }
        return new ArrayList<>(byId.values());
    }

    /** The whole register by name; sorted here, as Derby would sort that many rows on disk. */
    public static List<Institution> readAll(Tx tx) throws SQLException {
        List<Institution> all = read(tx, "", "");
        all.sort(Comparator.comparing(Institution::getName).thenComparingLong(Institution::getId));
        return all;
    }

    public static Map<Long, Institution> byId(Collection<Institution> institutions) {
        Map<Long, Institution> result = new LinkedHashMap<>();
        institutions.forEach(i -> result.put(i.getId(), i));
        return result;
    }

    /**
     * Inserts the new institutions (id 0) with their mail domains and updates the others, making their
     * stored mail domains match their lists. The new ones go in batches (see {@link Tx#insertRows}): an
     * import of 10,000 institutions into a server's store takes a few round trips, not 20,000.
     */
    public static void saveAll(Tx tx, Collection<? extends Institution> institutions) throws SQLException {
        List<Institution> created = new ArrayList<>();
        for (Institution institution : institutions) {
            if (institution.getName() == null || institution.getName().isBlank()) {
                throw new StoreException("an institution needs a name");
            }
            if (institution.getId() == 0) {
                created.add(institution);
            } else {
                update(tx, institution);
            }
        }
        insert(tx, created);
    }

    private static void insert(Tx tx, List<Institution> created) throws SQLException {
        tx.insertRows(created, "institution", FIELDS, created.stream().map(InstitutionTable::fields).toList());
        List<MailDomain> domains = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Institution institution : created) {
            for (MailDomain domain : institution.getMailDomains()) {
                domains.add(named(institution, domain));
                rows.add(new Object[] { institution.getId(), domain.getName(), domain.getUnicodeName() });
            }
        }
        refuseTakenDomains(tx, domains);
        try {
            tx.insertRows(domains, "mail_domain", DOMAIN_FIELDS, rows);
        } catch (SQLException e) {
            refuseTakenDomain(e, domains.size() == 1 ? "mail domain '" + domains.get(0).getUnicodeName() + "'"
                    : "a mail domain of these institutions");
            throw e;
        }
        for (Institution institution : created) {
            tx.audit(AuditActions.CREATE, institution, institution.getName());
        }
    }

    private static void update(Tx tx, Institution institution) throws SQLException {
        tx.deleteRemoved("mail_domain", "institution_id", institution.getId(), institution.getMailDomains());
        tx.store(institution, "institution", FIELDS, fields(institution));
        for (MailDomain domain : institution.getMailDomains()) {
            try {
                tx.store(named(institution, domain), "mail_domain", DOMAIN_FIELDS, institution.getId(), domain.getName(),
                        domain.getUnicodeName());
            } catch (SQLException e) {
                refuseTakenDomain(e, "mail domain '" + domain.getUnicodeName() + "'");
                throw e;
            }
        }
        tx.audit(AuditActions.UPDATE, institution, institution.getName());
    }

    private static Object[] fields(Institution institution) {
        return new Object[] { institution.getName(), institution.getKind(), institution.getStreet(), institution.getPostcode(),
                institution.getCity(), institution.getContactPerson(), institution.getContactEmail(), institution.getFileNumber(),
                institution.isReportedBreach() };
    }

    private static MailDomain named(Institution institution, MailDomain domain) {
        if (domain.getName() == null || domain.getName().isBlank()) {
            throw new StoreException("'" + institution.getName() + "' has a mail domain without a name");
        }
        return domain;
    }

    /**
     * Names a mail domain that is already stored, before the batch would fail on it without saying which
     * (a server's batch stops at the first violation, and its transaction with it).
     */
    private static void refuseTakenDomains(Tx tx, List<MailDomain> domains) throws SQLException {
        Map<String, MailDomain> byName = new HashMap<>();
        for (MailDomain domain : domains) {
            if (byName.putIfAbsent(domain.getName(), domain) != null) {
                throw new StoreException("mail domain '" + domain.getUnicodeName() + "' is given twice");
            }
        }
        for (int from = 0; from < domains.size(); from += NAMES_PER_QUERY) {
            Object[] names = domains.subList(from, Math.min(domains.size(), from + NAMES_PER_QUERY)).stream().map(MailDomain::getName)
                    .toArray();
            List<String> taken = tx.query("SELECT name FROM mail_domain WHERE name IN (" + "?, ".repeat(names.length - 1) + "?)",
                    row -> row.text("name"), names);
            if (!taken.isEmpty()) {
                throw new StoreException("mail domain '" + byName.get(taken.get(0)).getUnicodeName()
                        + "' already belongs to another institution");
            }
        }
    }

    /** Turns a unique violation into the words of the register; other failures are left to the caller. */
    private static void refuseTakenDomain(SQLException e, String domain) {
        if (Dialect.hasState(e, Set.of(UNIQUE_VIOLATION))) {
            throw new StoreException(domain + " already belongs to another institution", e);
        }
    }

    public static void delete(Tx tx, Institution institution) throws SQLException {
        long cases = tx.number("SELECT COUNT(*) FROM audit_case WHERE institution_id = ?", 0, institution.getId());
        if (cases > 0) {
            throw new StoreException("'" + institution.getName() + "' is part of " + cases
                    + " audit case(s) and cannot be deleted; remove it from those campaigns first");
        }
        if (tx.update("DELETE FROM institution WHERE id = ?", institution.getId()) == 1) {
            tx.audit(AuditActions.DELETE, institution, institution.getName());
        }
    }
}
