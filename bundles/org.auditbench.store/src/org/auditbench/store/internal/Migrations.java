package org.auditbench.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.names.MailDomainNames;
import org.auditbench.store.StoreException;

/**
 * The schema's history, applied on open: each version not yet in {@code schema_version} runs in its own
 * transaction (DDL is transactional in Derby and PostgreSQL), so an interrupted upgrade leaves the
 * last complete version. A new schema change is a new script plus one line in {@link #ALL}.
 */
public final class Migrations {

    public static final List<Migration> ALL = List.of(
            new Migration(1, "initial_schema", "initial schema", null),
            new Migration(2, "mail_domain_unicode_name", "mail domains also in Unicode", Migrations::fillUnicodeNames),
            new Migration(3, "longer_texts", "texts from the network and the audit trail up to 32,000 characters", null),
            new Migration(4, "row_versions", "row versions of institutions, campaigns and cases for saves from several clients", null),
            new Migration(5, "case_file_numbers", "file number pattern of campaigns, file numbers of cases", null));

    private Migrations() {
    }

    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Brings the schema to the newest version. */
    public static void migrate(Database database) {
        migrate(database, latest());
    }

    /** Brings the schema to {@code target} (tests build databases of older versions with this). */
    public static void migrate(Database database, int target) {
        int current = currentVersion(database);
        if (current > latest()) {
            throw new StoreException("the database has schema version " + current
                    + ", written by a newer Auditbench; this one knows versions up to " + latest());
        }
        for (Migration migration : ALL) {
            if (migration.version() > current && migration.version() <= target) {
                database.transaction(tx -> {
                    // Another client of the same server may be migrating: wait for it, then look again.
                    database.dialect().lockSchema(tx.connection());
                    return version(tx) < migration.version() ? apply(database.dialect(), migration, tx) : null;
                });
            }
        }
        database.learnColumnLimits();
    }

    public static int currentVersion(Database database) {
        return database.transaction(Migrations::version);
    }

    private static int version(Tx tx) throws SQLException {
        return tableExists(tx, "schema_version") ? (int) tx.number("SELECT MAX(version) FROM schema_version", 0) : 0;
    }

    static boolean tableExists(Tx tx, String name) throws SQLException {
        DatabaseMetaData metaData = tx.connection().getMetaData();
        // Only the connection's own schema: a server's database may hold other applications' tables.
        try (ResultSet tables = metaData.getTables(null, tx.connection().getSchema(), null, new String[] { "TABLE" })) {
            while (tables.next()) {
                if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Void apply(Dialect dialect, Migration migration, Tx tx) throws SQLException {
        try (Statement statement = tx.connection().createStatement()) {
            for (String sql : statements(dialect.expand(read(migration.script())))) {
                statement.execute(sql);
            }
        }
        if (migration.javaStep() != null) {
            migration.javaStep().run(tx);
        }
        tx.update("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                migration.version(), migration.description(), new Date());
        return null;
    }

    /** The statements of a script: separated by a semicolon at a line end; {@code --} lines are comments. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString());
        }
        return result;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("schema script missing from the store bundle: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the schema script " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Version 2: the Unicode form of every stored mail domain. */
    private static void fillUnicodeNames(Tx tx) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        tx.forEach("SELECT id, name FROM mail_domain", row -> names.put(row.number("id"), row.text("name")));
        for (Map.Entry<Long, String> domain : names.entrySet()) {
            tx.update("UPDATE mail_domain SET unicode_name = ? WHERE id = ?", MailDomainNames.toUnicode(domain.getValue()),
                    domain.getKey());
        }
    }
}
