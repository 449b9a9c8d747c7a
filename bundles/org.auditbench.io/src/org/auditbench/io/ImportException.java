package org.auditbench.io;

import java.util.List;

/** An import that was refused as a whole; the store is unchanged. Lists every problem found. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
