package org.auditbench.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.UsageException;

/**
 * The options before the command, in any order: {@code --data DIR} (the local files: letters,
 * preferences, the embedded database) and {@code --db URL} (the store on a PostgreSQL server instead of
 * the embedded database).
 *
 * @param databaseUrl the server's JDBC URL, or null for the embedded database
 * @param command the command and its arguments
 */
public record GlobalOptions(Path dataDirectory, String databaseUrl, List<String> command) {

    /** Reads the options off the front of {@code args}, starting from the start script's defaults. */
    public static GlobalOptions parse(List<String> args, Path defaultData, String defaultDatabase) throws UsageException {
        Path data = defaultData;
        String database = defaultDatabase;
        List<String> rest = args;
        while (!rest.isEmpty() && (rest.get(0).equals("--data") || rest.get(0).equals("--db"))) {
            if (rest.size() < 2) {
                throw new UsageException(rest.get(0) + " needs a value");
            }
            if (rest.get(0).equals("--data")) {
                data = Path.of(rest.get(1));
            } else {
                database = rest.get(1);
            }
            rest = rest.subList(2, rest.size());
        }
        return new GlobalOptions(data.toAbsolutePath().normalize(), database == null || database.isBlank() ? null : database,
                List.copyOf(rest));
    }
}
