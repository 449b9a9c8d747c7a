package org.auditbench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.io.internal.CsvReader;
import org.auditbench.io.internal.ImportLog;
import org.auditbench.io.internal.ImportedRow;
import org.auditbench.io.internal.InstitutionRows;
import org.auditbench.io.internal.Messages;
import org.auditbench.io.internal.RegisterMerge;
import org.auditbench.io.internal.SourceRow;
import org.auditbench.io.internal.XlsxReader;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Imports institutions from CSV or XLSX (columns name, kind, street, postcode, city, mail domains,
 * contact person, contact e-mail, optionally file number and reported breach; headers in English or
 * German). All or nothing: when any row is bad, the import is refused with every problem and its line,
 * and the store stays as it was. Institutions already in the store (same name and city) are updated.
 */
public final class InstitutionImport {

    /** The largest file imported; a register of 100,000 institutions takes about 20 MB as CSV. */
    public static final int MAX_FILE_MEGABYTES = 100;

    private InstitutionImport() {
    }

    /**
     * @throws ImportException when the file has bad rows (nothing was stored)
     * @throws OperationCanceledException when cancelled (nothing was stored)
     */
    public static ImportReport importFile(Path file, AuditStore store, IProgressMonitor monitor)
            throws IOException, ImportException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt") && !lower.endsWith(".xlsx")) {
            throw new ImportException(List.of(new ImportProblem(name, 0, Messages.problemUnsupportedFile)));
        }
        if (Files.size(file) > MAX_FILE_MEGABYTES * 1024L * 1024) {
            throw new ImportException(List.of(new ImportProblem(name, 0, NLS.bind(Messages.problemFileTooLarge, MAX_FILE_MEGABYTES))));
        }
        ImportLog log = new ImportLog(name);
        if (lower.endsWith(".xlsx")) {
            return importRows(XlsxReader.read(file, log), log, store, monitor);
        }
        return importRows(CsvReader.read(Files.readAllBytes(file), log), log, store, monitor);
    }

    /** Imports a CSV given as bytes; {@code source} names it in problems. */
    public static ImportReport importCsv(String source, byte[] content, AuditStore store, IProgressMonitor monitor)
            throws ImportException {
        ImportLog log = new ImportLog(source);
        return importRows(CsvReader.read(content, log), log, store, monitor);
    }

    private static ImportReport importRows(List<SourceRow> rows, ImportLog log, AuditStore store, IProgressMonitor monitor)
            throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Import " + log.source(), 10);
        refuseOnProblems(log);
        List<ImportedRow> imported = InstitutionRows.read(rows, log, progress.split(3));
        RegisterMerge merge = new RegisterMerge(store.institutions().loadAll());
        progress.worked(2);
        // The bad rows are left out, the good ones still merged: one run reports every problem.
        merge.merge(imported, log);
        refuseOnProblems(log);
        progress.split(1);
        List<Institution> changed = new ArrayList<>(merge.created());
        changed.addAll(merge.updated());
        store.institutions().saveAll(changed);
        progress.worked(4);
        return new ImportReport(log.source(), merge.created().size(), merge.updated().size(), List.copyOf(log.notes()));
    }

    private static void refuseOnProblems(ImportLog log) throws ImportException {
        if (!log.problems().isEmpty()) {
            List<ImportProblem> byLine = new ArrayList<>(log.problems());
            byLine.sort(java.util.Comparator.comparingInt(ImportProblem::line));
            throw new ImportException(byLine);
        }
    }
}
