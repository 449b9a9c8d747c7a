package org.auditbench.store;

import org.auditbench.store.internal.PostgresDialect;

/**
 * How to open a store.
 *
 * @param bootPassword the password of an encrypted embedded database, or {@code null}. A new database
 *            created with a password is encrypted at rest; an encrypted one cannot be opened without it.
 * @param actor the user name the audit trail records for every change
 * @param serverUrl the JDBC URL of the store on a PostgreSQL server ({@code jdbc:postgresql://HOST:PORT/DB?user=NAME},
 *            TLS through the driver's {@code sslmode} parameter), or {@code null} for the embedded database
 *            of the data directory
 * @param serverPassword the login password for {@code serverUrl}, or {@code null} (the server may not want one)
 */
public record StoreOptions(String bootPassword, String actor, String serverUrl, String serverPassword) {

    /** The embedded database. */
    public StoreOptions(String bootPassword, String actor) {
        this(bootPassword, actor, null, null);
    }

    /** The actor recorded when nobody is named: the operating system user. */
    public static String systemUser() {
        return System.getProperty("user.name", "system");
    }

    /** No password; changes recorded under the operating system user. */
    public static StoreOptions defaults() {
        return new StoreOptions(null, systemUser());
    }

    public StoreOptions withBootPassword(String password) {
        return new StoreOptions(password, actor, serverUrl, serverPassword);
    }

    public StoreOptions withActor(String name) {
        return new StoreOptions(bootPassword, name, serverUrl, serverPassword);
    }

    /**
     * The store on the PostgreSQL server at {@code url}, logged in with {@code password} (may be null).
     *
     * @throws InputRefusedException when {@code url} is not a PostgreSQL JDBC URL
     */
    public StoreOptions withServer(String url, String password) {
        PostgresDialect.requireServerUrl(url);
        return new StoreOptions(bootPassword, actor, url, password);
    }

    /** Whether the store is on a server rather than the embedded database of the data directory. */
    public boolean onServer() {
        return serverUrl != null;
    }

    /** The server's URL as messages may show it (a password in it blanked); null for the embedded database. */
    public String serverPlace() {
        return onServer() ? PostgresDialect.place(serverUrl) : null;
    }

    /** Never shows a password (options end up in log lines and exception messages). */
    @Override
    public String toString() {
        return "StoreOptions[encrypted=" + (bootPassword != null && !bootPassword.isEmpty()) + ", actor=" + actor
                + (onServer() ? ", server=" + serverPlace() : "") + "]";
    }
}
