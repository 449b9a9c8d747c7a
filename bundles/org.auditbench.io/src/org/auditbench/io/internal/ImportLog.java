package org.auditbench.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.io.ImportProblem;

/** Collects what is wrong (problems refuse the import) and what is worth knowing (notes) about one file. */
public final class ImportLog {

    private final String source;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ImportLog(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void problem(int line, String message) {
        problems.add(new ImportProblem(source, line, message));
    }

    public void note(String message) {
        notes.add(message);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<String> notes() {
        return notes;
    }
}
