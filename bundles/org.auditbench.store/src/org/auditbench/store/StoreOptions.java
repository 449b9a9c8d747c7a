package org.auditbench.store;

/**
 * How to open a store.
 *
 * @param bootPassword the password of an encrypted database, or {@code null}. A new database created
 *            with a password is encrypted at rest; an encrypted one cannot be opened without it.
 * @param actor the user name the audit trail records for every change
 */
public record StoreOptions(String bootPassword, String actor) {

    /** The actor recorded when nobody is named: the operating system user. */
    public static String systemUser() {
        return System.getProperty("user.name", "system");
    }

    /** No password; changes recorded under the operating system user. */
    public static StoreOptions defaults() {
        return new StoreOptions(null, systemUser());
    }

    public StoreOptions withBootPassword(String password) {
        return new StoreOptions(password, actor);
    }

    public StoreOptions withActor(String name) {
        return new StoreOptions(bootPassword, name);
    }

    /** Never shows the password (options end up in log lines and exception messages). */
    @Override
    public String toString() {
        return "StoreOptions[encrypted=" + (bootPassword != null && !bootPassword.isEmpty()) + ", actor=" + actor + "]";
    }
}
