package org.auditbench.io.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditbench.io.RegisterValidator;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

/** Turns the rows of a table into checked institution rows; every bad cell becomes a problem with its line. */
public final class InstitutionRows {

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "wahr", "1", "x");
    private static final Set<String> NO = Set.of("nein", "n", "no", "false", "falsch", "0", "");

    private InstitutionRows() {
    }

    public static List<ImportedRow> read(List<SourceRow> rows, ImportLog log, SubMonitor monitor) {
        List<SourceRow> content = rows.stream().filter(r -> !r.isBlank()).toList();
        if (content.isEmpty()) {
            log.problem(0, Messages.problemNoHeader);
            return List.of();
        }
        Map<Column, Integer> columns = columns(content.get(0), log);
        List<ImportedRow> result = new ArrayList<>();
        monitor.setWorkRemaining(content.size());
        for (SourceRow row : content.subList(1, content.size())) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            ImportedRow imported = read(row, columns, log);
            if (imported != null) {
                result.add(imported);
            }
            monitor.worked(1);
        }
        return result;
    }

    private static Map<Column, Integer> columns(SourceRow header, ImportLog log) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            Column column = Column.byHeader(name).orElse(null);
            if (column == null) {
                log.note(NLS.bind(Messages.noteIgnoredColumn, name));
            } else if (columns.putIfAbsent(column, i) != null) {
                log.problem(header.line(), NLS.bind(Messages.problemColumnTwice, name));
            }
        }
        if (!columns.containsKey(Column.NAME)) {
            log.problem(header.line(), Messages.problemNoNameColumn);
        }
        return columns;
    }

    /** @return the row, or null when it has problems (they are in the log) */
    private static ImportedRow read(SourceRow row, Map<Column, Integer> columns, ImportLog log) {
        int problems = log.problems().size();
        ImportedRow imported = new ImportedRow(row.line());
        // the register's rules (name, e-mail, mail domains) are the validator's, as in the workbench's editor
        Institution candidate = AuditFactory.eINSTANCE.createInstitution();
        for (Map.Entry<Column, Integer> entry : columns.entrySet()) {
            Column column = entry.getKey();
            String value = row.cell(entry.getValue());
            if (column.maxLength() > 0 && value.length() > column.maxLength()) {
                log.problem(row.line(), NLS.bind(Messages.problemTooLong, column.header(), column.maxLength()));
            }
            switch (column) {
                case MAIL_DOMAINS -> readDomains(value, imported, candidate);
                case REPORTED_BREACH -> {
                    String answer = value.toLowerCase(java.util.Locale.ROOT);
                    if (!YES.contains(answer) && !NO.contains(answer)) {
                        log.problem(row.line(), NLS.bind(Messages.problemInvalidBreach, value));
                    }
                    imported.set(column, YES.contains(answer) ? "true" : value.isEmpty() ? "" : "false");
                }
                default -> imported.set(column, value);
            }
        }
        candidate.setName(imported.value(Column.NAME));
        candidate.setContactEmail(imported.value(Column.CONTACT_EMAIL));
        for (Diagnostic finding : RegisterValidator.check(candidate).getChildren()) {
            // without a name column the header's problem says it once
            if (columns.containsKey(Column.NAME) || RegisterValidator.feature(finding) != AuditPackage.Literals.INSTITUTION__NAME) {
                log.problem(row.line(), finding.getMessage());
            }
        }
        return log.problems().size() == problems ? imported : null;
    }

    /** Valid domains go into the row in ASCII; the candidate gets every domain for the validator to judge. */
    private static void readDomains(String cell, ImportedRow row, Institution candidate) {
        for (String name : MailDomainNames.split(cell)) {
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName(name);
            try {
                String ascii = MailDomainNames.toAscii(name);
                row.domains().putIfAbsent(ascii, row.line());
                domain.setName(ascii);
            } catch (IllegalArgumentException e) {
                // the validator reports it
            }
            candidate.getMailDomains().add(domain);
        }
    }
}
