package org.auditbench.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;
import org.eclipse.osgi.util.NLS;

/**
 * Merges imported rows into the register: rows of the same institution (name and city) become one,
 * an institution already in the register is updated (values given in the file win, its domains are
 * added), and a mail domain claimed by two different institutions is a problem.
 */
public final class RegisterMerge {

    private final Map<String, Institution> registerByIdentity = new HashMap<>();
    private final Map<String, Institution> registerByDomain = new HashMap<>();
    private final List<Institution> created = new ArrayList<>();
    private final List<Institution> updated = new ArrayList<>();

    public RegisterMerge(List<Institution> register) {
        for (Institution institution : register) {
            registerByIdentity.putIfAbsent(RegisterKey.of(institution.getName(), institution.getCity()), institution);
            for (MailDomain domain : institution.getMailDomains()) {
                registerByDomain.put(domain.getName(), institution);
            }
        }
    }

    /** Plans the changes; problems go to the log. Nothing is stored here. */
    public void merge(List<ImportedRow> rows, ImportLog log) {
        for (ImportedRow row : sameInstitutionsJoined(rows, log)) {
            Institution existing = registerByIdentity.get(row.identity());
            Institution target = existing != null ? existing : AuditFactory.eINSTANCE.createInstitution();
            apply(row, target);
            for (Map.Entry<String, Integer> domain : row.domains().entrySet()) {
                Institution owner = registerByDomain.get(domain.getKey());
                if (owner != null && owner != target) {
                    log.problem(domain.getValue(), NLS.bind(Messages.problemDomainTaken, MailDomainNames.toUnicode(domain.getKey()), owner.getName()));
                } else if (owner == null) {
                    MailDomain added = AuditFactory.eINSTANCE.createMailDomain();
                    added.setName(domain.getKey());
                    target.getMailDomains().add(added);
                    registerByDomain.put(domain.getKey(), target);
                }
            }
            (existing != null ? updated : created).add(target);
            registerByIdentity.put(row.identity(), target);
        }
    }

    /** One row per institution; a mail domain given for two different institutions is a problem. */
    private static List<ImportedRow> sameInstitutionsJoined(List<ImportedRow> rows, ImportLog log) {
        Map<String, ImportedRow> byIdentity = new LinkedHashMap<>();
        Map<String, ImportedRow> byDomain = new HashMap<>();
        for (ImportedRow row : rows) {
            ImportedRow first = byIdentity.get(row.identity());
            List<String> claimedByOthers = new ArrayList<>();
            for (Map.Entry<String, Integer> domain : row.domains().entrySet()) {
                ImportedRow claimant = byDomain.putIfAbsent(domain.getKey(), first != null ? first : row);
                if (claimant != null && claimant != first && claimant != row) {
                    log.problem(domain.getValue(), NLS.bind(Messages.problemDomainTwice, MailDomainNames.toUnicode(domain.getKey()), claimant.line()));
                    claimedByOthers.add(domain.getKey());
                }
            }
            claimedByOthers.forEach(row.domains()::remove); // reported once, here
            if (first == null) {
                byIdentity.put(row.identity(), row);
            } else {
                Map<Column, String> conflicts = first.absorb(row);
                log.note(NLS.bind(Messages.noteMerged, row.line(), first.line()));
                conflicts.forEach((column, dropped) -> log.note(NLS.bind(Messages.noteMergedConflict, new Object[] { row.line(),
                        first.line(), column.header(), first.value(column), dropped })));
            }
        }
        return new ArrayList<>(byIdentity.values());
    }

    private static void apply(ImportedRow row, Institution target) {
        set(row, Column.NAME, target::setName);
        set(row, Column.KIND, target::setKind);
        set(row, Column.STREET, target::setStreet);
        set(row, Column.POSTCODE, target::setPostcode);
        set(row, Column.CITY, target::setCity);
        set(row, Column.CONTACT_PERSON, target::setContactPerson);
        set(row, Column.CONTACT_EMAIL, target::setContactEmail);
        set(row, Column.FILE_NUMBER, target::setFileNumber);
        set(row, Column.REPORTED_BREACH, value -> target.setReportedBreach(Boolean.parseBoolean(value)));
    }

    private static void set(ImportedRow row, Column column, java.util.function.Consumer<String> setter) {
        String value = row.value(column);
        if (!value.isEmpty()) {
            setter.accept(value);
        }
    }

    public List<Institution> created() {
        return created;
    }

    public List<Institution> updated() {
        return updated;
    }
}
