package org.auditbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command gets from the application: the data directory chosen with {@code --data} (or the
 * default), the store's server chosen with {@code --db} (or null: the embedded database of the data
 * directory) and the two output streams.
 */
public record CliContext(Path dataDirectory, PrintStream out, PrintStream err, String databaseUrl) {

    /** On the embedded database of the data directory. */
    public CliContext(Path dataDirectory, PrintStream out, PrintStream err) {
        this(dataDirectory, out, err, null);
    }
}
