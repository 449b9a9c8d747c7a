package org.auditbench.core.letters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one letter as a document; the report bundle implements it. It never changes the case, and it is
 * called from several threads at once, one letter each.
 */
public interface LetterRenderer {

    /** The file name extension of the documents it writes: {@code pdf}, {@code docx}. */
    String extension();

    /** Writes the letter ordered to {@code file}; a failure names the case and the cause. */
    void render(LetterOrder order, Path file) throws IOException;
}
