package org.auditbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command gets from the application: the data directory chosen with {@code --data} (or the
 * default) and the two output streams.
 */
public record CliContext(Path dataDirectory, PrintStream out, PrintStream err) {
}
