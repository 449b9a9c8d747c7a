package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Inserts or updates the institution and makes its stored mail domains match its list. */
    public static void save(Tx tx, Institution institution) throws SQLException {
        if (institution.getName() == null || institution.getName().isBlank()) {
            throw new StoreException("an institution needs a name");
        }
        boolean created = institution.getId() == 0;
        if (!created) {
            tx.deleteRemoved("mail_domain", "institution_id", institution.getId(), institution.getMailDomains());
        }
        tx.store(institution, "institution", FIELDS, institution.getName(), institution.getKind(), institution.getStreet(),
                institution.getPostcode(), institution.getCity(), institution.getContactPerson(), institution.getContactEmail(),
                institution.getFileNumber(), institution.isReportedBreach());
        for (MailDomain domain : institution.getMailDomains()) {
            saveDomain(tx, institution, domain);
        }
        tx.audit(created ? AuditActions.CREATE : AuditActions.UPDATE, institution, institution.getName());
    }

    private static void saveDomain(Tx tx, Institution institution, MailDomain domain) throws SQLException {
        String name = domain.getName();
        if (name == null || name.isBlank()) {
            throw new StoreException("'" + institution.getName() + "' has a mail domain without a name");
        }
        try {
            tx.store(domain, "mail_domain", "institution_id, name, unicode_name", institution.getId(), name, domain.getUnicodeName());
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StoreException("mail domain '" + domain.getUnicodeName() + "' already belongs to another institution", e);
            }
            throw e;
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
