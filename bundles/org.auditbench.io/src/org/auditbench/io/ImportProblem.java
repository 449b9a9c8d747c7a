package org.auditbench.io;

/**
 * One reason an import was refused: the file, the line (the row number in a spreadsheet; 0 for the
 * file as a whole) and what is wrong.
 */
public record ImportProblem(String source, int line, String message) {

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
