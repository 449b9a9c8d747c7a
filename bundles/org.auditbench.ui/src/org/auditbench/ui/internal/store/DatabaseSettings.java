package org.auditbench.ui.internal.store;

import java.io.IOException;
import java.util.List;

import org.auditbench.store.StoreOptions;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * Which database the workbench opens (Window > Preferences > Auditbench > Database): the embedded one
 * or a PostgreSQL server by URL and user. URL and user live in the workbench's preferences, the password
 * only in Eclipse secure storage (encrypted), never in the preference file. Read once at start-up.
 */
public final class DatabaseSettings {

    public static final String ON_SERVER = "database.onServer";
    public static final String SERVER_URL = "database.serverUrl";
    public static final String SERVER_USER = "database.serverUser";
    private static final String SECURE_NODE = "org.auditbench/database";
    private static final String PASSWORD = "password";

    private final IPreferenceStore preferences;
    private final ISecurePreferences secure;

    private DatabaseSettings(IPreferenceStore preferences, ISecurePreferences secureRoot) {
        this.preferences = preferences;
        this.secure = secureRoot.node(SECURE_NODE);
    }

    /** The workbench's preferences and the default secure storage of the user. */
    public static DatabaseSettings current() {
        return new DatabaseSettings(AuditbenchUiPlugin.getDefault().getPreferenceStore(), SecurePreferencesFactory.getDefault());
    }

    public boolean onServer() {
        return preferences.getBoolean(ON_SERVER);
    }

    public String serverUrl() {
        return preferences.getString(SERVER_URL);
    }

    public String serverUser() {
        return preferences.getString(SERVER_USER);
    }

    /** The stored password, or null when none is stored or the secure storage cannot be read (its master password refused). */
    public String password() {
        try {
            return secure.get(PASSWORD, null);
        } catch (StorageException e) {
            return null;
        }
    }

    /** Whether a password is kept, without decrypting it (which would ask for the master password). */
    public boolean hasPassword() {
        return List.of(secure.keys()).contains(PASSWORD);
    }

    /**
     * Stores the choice: URL and user in the preferences, a new password (when one is given) encrypted in
     * secure storage; embedded forgets the stored password.
     *
     * @throws IOException when the preferences or the secure storage cannot be written (the preferences
     *             are written first: URL and user are kept then)
     */
    public void save(boolean server, String url, String user, String newPassword) throws IOException {
        preferences.setValue(ON_SERVER, server);
        preferences.setValue(SERVER_URL, url.strip());
        preferences.setValue(SERVER_USER, user.strip());
        if (preferences instanceof IPersistentPreferenceStore persistent && persistent.needsSaving()) {
            persistent.save();
        }
        try {
            if (!server) {
                secure.remove(PASSWORD);
            } else if (!newPassword.isEmpty()) {
                secure.put(PASSWORD, newPassword, true);
            }
            secure.flush();
        } catch (StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The options with the chosen server (URL with the user; the password from secure storage, else
     * {@code AUDITBENCH_DB_PASSWORD}, else the store looks in the password file); unchanged for embedded.
     */
    public StoreOptions applyTo(StoreOptions options) {
        if (!onServer() || serverUrl().isBlank()) {
            return options;
        }
        String password = password();
        return options.withServer(urlWithUser(serverUrl(), serverUser()), password != null ? password : System.getenv("AUDITBENCH_DB_PASSWORD"));
    }

    /** The URL with {@code user=} added when it names no user itself. */
    public static String urlWithUser(String url, String user) {
        if (user.isBlank() || url.matches(".*[?&]user=.*")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + user;
    }
}
