package org.auditbench.store.tests;

import static org.junit.Assume.assumeFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.internal.Database;
import org.auditbench.testing.postgres.PostgresServer;

/**
 * The database the suite runs against: embedded Derby, or with {@code -D}{@value #PROPERTY}{@code =postgresql}
 * (the second surefire run) a PostgreSQL server the tests start themselves, where every data directory
 * a test uses gets a database of its own (reopening the same directory reopens the same database).
 */
public final class TestDatabase {

    public static final String PROPERTY = "auditbench.test.db";
    /** How a child JVM learns the server's password (as the CLI does). */
    public static final String PASSWORD_VARIABLE = "AUDITBENCH_DB_PASSWORD";

    private static final Map<Path, String> SERVER_DATABASES = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** For tests of what only the embedded database has (encryption, file backups, the data directory lock). */
    public static void assumeEmbedded() {
        assumeFalse("embedded Derby only", onServer());
    }

    /** Default options for the store of {@code data}, on the database of this run. */
    public static StoreOptions options(Path data) {
        return on(data, StoreOptions.defaults());
    }

    /** {@code options} pointed at the database of this run for {@code data}. */
    public static StoreOptions on(Path data, StoreOptions options) {
        if (!onServer()) {
            return options;
        }
        PostgresServer server = PostgresServer.shared();
        String url = SERVER_DATABASES.computeIfAbsent(data.toAbsolutePath().normalize(), d -> server.newDatabase());
        return options.withServer(url, server.password());
    }

    public static AuditStore open(Path data) {
        return AuditStore.open(data, options(data));
    }

    /** The bare database of {@code data} without migrations (tests build older schema versions with it). */
    public static Database database(Path data) {
        StoreOptions options = options(data);
        return options.onServer() ? Database.connect(options) : Database.open(data, options);
    }

    /** The server URL a child JVM opens for {@code data} (its password in {@value #PASSWORD_VARIABLE}); "" when embedded (see ChildStore). */
    public static String childUrl(Path data) {
        return onServer() ? options(data).serverUrl() : "";
    }

    /** The environment entry a child JVM needs for the server's store. */
    public static void passPassword(Map<String, String> environment) {
        if (onServer()) {
            environment.put(PASSWORD_VARIABLE, PostgresServer.shared().password());
        }
    }
}
