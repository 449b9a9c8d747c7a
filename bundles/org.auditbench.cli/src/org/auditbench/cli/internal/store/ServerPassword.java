package org.auditbench.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The login password of a server store when none was given: from the password file named by
 * {@value #FILE_VARIABLE}, else {@code DATA/pgpass}, else {@code ~/.pgpass} (PostgreSQL's own format, see
 * {@link PgPass}); null when none of them knows the server, so the server decides (it may need none).
 */
final class ServerPassword {

    static final String FILE_VARIABLE = "PGPASSFILE";

    private ServerPassword() {
    }

    static String fromFile(String url, Path dataDirectory) {
        String named = System.getenv(FILE_VARIABLE);
        Path file = named != null && !named.isBlank() ? Path.of(named) : dataDirectory.resolve("pgpass");
        if (!Files.exists(file) && named == null) {
            file = Path.of(System.getProperty("user.home"), ".pgpass");
        }
        return Files.isRegularFile(file) ? PgPass.lookUp(file, url) : null;
    }
}
