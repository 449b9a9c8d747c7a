package org.auditbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.io.internal.Column;
import org.auditbench.io.internal.SpreadsheetFormulas;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;

/**
 * Writes institutions as CSV that spreadsheet programs open directly (UTF-8 with byte order mark,
 * ';' between fields) and that {@link InstitutionImport} reads back. Domains are written in Unicode.
 * Cells that a spreadsheet would evaluate as a formula (beginning with =, +, -, @, tab or carriage
 * return) get a leading apostrophe (OWASP's rule against CSV injection); the import takes it off.
 */
public final class InstitutionExport {

    private InstitutionExport() {
    }

    public static void toCsv(List<Institution> institutions, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            toCsv(institutions, out);
        }
    }

    /** Writes to {@code stream} (such as standard output), which stays open. */
    public static void toCsv(List<Institution> institutions, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        List<String> header = new ArrayList<>();
        for (Column column : Column.values()) {
            header.add(column.header());
        }
        line(out, header);
        for (Institution institution : institutions) {
            line(out, List.of(text(institution.getName()), text(institution.getKind()), text(institution.getStreet()),
                    text(institution.getPostcode()), text(institution.getCity()), domains(institution),
                    text(institution.getContactPerson()), text(institution.getContactEmail()),
                    text(institution.getFileNumber()), institution.isReportedBreach() ? "yes" : "no"));
        }
        out.flush();
    }

    private static String domains(Institution institution) {
        List<String> names = new ArrayList<>();
        for (MailDomain domain : institution.getMailDomains()) {
            names.add(domain.getUnicodeName());
        }
        return String.join(" ", names);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            String field = SpreadsheetFormulas.neutralised(fields.get(i));
            boolean quote = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0 || field.indexOf(',') >= 0;
            out.write(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.write("\r\n");
    }
}
