package org.auditbench.cli.internal.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.auditbench.store.InputRefusedException;

/**
 * A password file in PostgreSQL's {@code ~/.pgpass} format: one {@code host:port:database:user:password}
 * a line, {@code *} matching anything, {@code \:} and {@code \\} escaping, {@code #} starting a comment;
 * the first matching line wins. Like libpq it must be its owner's alone, or it is refused.
 */
final class PgPass {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final int DEFAULT_PORT = 5432;

    private PgPass() {
    }

    /** The password {@code file} holds for the server and login of {@code url}, or null when no line matches. */
    static String lookUp(Path file, String url) {
        String[] wanted = address(url);
        List<String> lines;
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!java.util.Collections.disjoint(permissions, GROUP_OR_OTHER)) {
                throw new InputRefusedException("the password file " + file + " is readable by others: chmod 600 " + file);
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputRefusedException("cannot read the password file " + file + ": " + e.getMessage());
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5 && matches(fields, wanted)) {
                return fields.get(4);
            }
        }
        return null;
    }

    private static boolean matches(List<String> fields, String[] wanted) {
        for (int i = 0; i < 4; i++) {
            if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Host, port, database and user of a {@code jdbc:postgresql://HOST:PORT/DB?user=NAME} URL. */
    static String[] address(String url) {
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            String user = System.getProperty("user.name", "");
            if (uri.getRawQuery() != null) {
                for (String parameter : uri.getRawQuery().split("&")) {
                    if (parameter.startsWith("user=")) {
                        user = java.net.URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
                    }
                }
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new String[] { uri.getHost() == null ? "localhost" : uri.getHost(),
                    String.valueOf(uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort()), path.startsWith("/") ? path.substring(1) : path, user };
        } catch (URISyntaxException | IndexOutOfBoundsException e) {
            throw new InputRefusedException("not a database URL of the form jdbc:postgresql://HOST:PORT/DB?user=NAME: " + e.getMessage());
        }
    }
}
