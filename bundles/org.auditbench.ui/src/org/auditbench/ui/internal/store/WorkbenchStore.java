package org.auditbench.ui.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.auditbench.io.DemoData;
import org.auditbench.io.ImportException;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The store of the running workbench: opened once at start-up below the data directory
 * ({@code -Dauditbench.data}), shared by all views and editors, closed at shutdown. Views listen for
 * {@link #changed()} to reload after a save, and are told the same when another client saved something
 * ({@link OthersChanges}).
 */
public final class WorkbenchStore {

    /** Notified on the UI thread after the store's content changed. */
    public interface Listener {
        void storeChanged();
    }

    private static AuditStore store;
    private static StoreOptions options;
    private static volatile OthersChanges othersChanges;
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private WorkbenchStore() {
    }

    public static Path dataDirectory() {
        return Path.of(System.getProperty("auditbench.data", System.getProperty("user.home") + "/.auditbench"));
    }

    /**
     * Opens the store; asks for the password of an encrypted database until it is right or the user
     * gives up (then the workbench cannot start and says why).
     */
    public static synchronized void open(Shell parent) {
        if (store != null) {
            return;
        }
        StoreOptions tried = initialOptions();
        while (true) {
            try {
                store = AuditStore.open(dataDirectory(), tried);
                options = tried;
                loadDemoDataIfEmpty();
                othersChanges = new OthersChanges(Messages.OthersChanges_job, () -> get().auditTrail().newestId(),
                        WorkbenchStore::tellListeners);
                othersChanges.start();
                return;
            } catch (WrongPasswordException e) {
                if (tried.onServer()) {
                    String password = askSecret(parent, Messages.ServerPassword_title,
                            NLS.bind(Messages.ServerPassword_message, tried.serverPlace()));
                    if (password == null) {
                        throw e;
                    }
                    tried = tried.withServer(tried.serverUrl(), password);
                    continue;
                }
                String password = askPassword(parent, tried.bootPassword() != null);
                if (password == null) {
                    throw e;
                }
                tried = tried.withBootPassword(password);
            }
        }
    }

    /**
     * The PostgreSQL server the start script names ({@code --db} or {@code AUDITBENCH_DB}, as
     * {@code -Dauditbench.db}) with the password of {@code AUDITBENCH_DB_PASSWORD}; else the choice of
     * Window > Preferences > Auditbench > Database (embedded unless a server is chosen there).
     */
    private static StoreOptions initialOptions() {
        String url = System.getProperty("auditbench.db");
        StoreOptions defaults = StoreOptions.defaults();
        if (url == null || url.isBlank()) {
            return DatabaseSettings.current().applyTo(defaults);
        }
        return defaults.withServer(url, System.getenv("AUDITBENCH_DB_PASSWORD"));
    }

    /** A brand-new database gets the demo data set, so a first start shows something to work on. */
    private static void loadDemoDataIfEmpty() {
        try {
            DemoData.loadIfEmpty(store, new NullProgressMonitor());
        } catch (IOException | ImportException e) {
            throw new IllegalStateException("the demo data set cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static String askPassword(Shell parent, boolean retry) {
        return askSecret(parent, Messages.Password_title, retry ? Messages.Password_wrong : Messages.Password_message);
    }

    private static String askSecret(Shell parent, String title, String message) {
        InputDialog dialog = new InputDialog(parent, title, message, "", null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    public static synchronized AuditStore get() {
        if (store == null) {
            throw new IllegalStateException("the store is not open");
        }
        return store;
    }

    /**
     * Replaces the store's content by the backup in {@code backupDirectory} and tells the views. The
     * store is closed for that (the store refuses to restore while open); when the restore fails, the
     * store is opened again as it was and the failure is thrown.
     */
    public static synchronized void restore(Path backupDirectory) {
        get().close();
        store = null;
        try {
            store = AuditStore.restore(dataDirectory(), backupDirectory, options);
        } catch (RuntimeException e) {
            store = AuditStore.open(dataDirectory(), options);
            throw e;
        } finally {
            changed();
        }
    }

    public static synchronized void close() {
        if (othersChanges != null) {
            othersChanges.stop();
            othersChanges = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** Tells the views that the store changed; callable from any thread. */
    public static void changed() {
        OthersChanges watch = othersChanges;
        if (watch != null) {
            watch.known();
        }
        tellListeners();
    }

    private static void tellListeners() {
        Display.getDefault().asyncExec(() -> LISTENERS.forEach(Listener::storeChanged));
    }
}
