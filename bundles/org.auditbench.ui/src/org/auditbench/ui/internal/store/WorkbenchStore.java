package org.auditbench.ui.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.auditbench.io.DemoData;
import org.auditbench.io.ImportException;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The store of the running workbench: opened once at start-up below the data directory
 * ({@code -Dauditbench.data}), in a thread of its own while the window is built, shared by all views and
 * editors, closed at shutdown. Views listen for
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
    /** The attempt begun at start-up with the start's options: the store, or why it did not open. */
    private static CompletableFuture<AuditStore> firstAttempt;
    /** Completed once the store is open (at once, or after the auditor gave a password); failed when given up. */
    private static final CompletableFuture<AuditStore> OPENED = new CompletableFuture<>();
    private static boolean closed;
    /** Set while the UI thread asks for a password (its dialog runs the event loop). */
    private static boolean asking;

    private WorkbenchStore() {
    }

    public static Path dataDirectory() {
        return Path.of(System.getProperty("auditbench.data", System.getProperty("user.home") + "/.auditbench"));
    }

    /**
     * Begins opening the store in a thread of its own, so that the database boots (and a first start
     * loads the demo data) while the workbench builds its window; the views' jobs wait for it in
     * {@link #get()}. Call on the UI thread: the options are read here (the secure storage may ask for its
     * master password). When the database wants a password the attempt lacked, the workbench asks on the UI thread;
     * when it cannot be opened at all, the workbench says why and closes.
     */
    public static synchronized void startOpening(Display display) {
        if (firstAttempt != null) {
            return;
        }
        StoreOptions first = initialOptions();
        firstAttempt = new CompletableFuture<>();
        Thread opening = new Thread(() -> {
            try {
                AuditStore opened = openWithDemoData(first);
                firstAttempt.complete(opened);
                ready(opened, first);
            } catch (WrongPasswordException e) {
                firstAttempt.completeExceptionally(e);
                display.asyncExec(() -> openAsking(display.getActiveShell()));
            } catch (RuntimeException e) {
                firstAttempt.completeExceptionally(e);
                gaveUp(e);
            }
        }, "Opening the Auditbench store");
        opening.setDaemon(true);
        opening.start();
    }

    /**
     * Opens the store after the first attempt wanted a password: asks for the password of an encrypted
     * database (or of the server) until it is right or the user gives up (then the workbench says why and
     * closes). Does nothing once the store is open.
     */
    private static void openAsking(Shell parent) {
        StoreOptions tried;
        synchronized (WorkbenchStore.class) {
            if (store != null || OPENED.isDone() || asking) {
                return;
            }
            asking = true;
            tried = initialOptions();
        }
        try {
            while (true) {
                try {
                    ready(openWithDemoData(tried), tried);
                    return;
                } catch (WrongPasswordException e) {
                    String password = tried.onServer()
                            ? askSecret(parent, Messages.ServerPassword_title, NLS.bind(Messages.ServerPassword_message, tried.serverPlace()))
                            : askPassword(parent, tried.bootPassword() != null);
                    if (password == null) {
                        throw e;
                    }
                    tried = tried.onServer() ? tried.withServer(tried.serverUrl(), password) : tried.withBootPassword(password);
                }
            }
        } catch (RuntimeException e) {
            gaveUp(e);
        } finally {
            synchronized (WorkbenchStore.class) {
                asking = false;
            }
        }
    }

    private static AuditStore openWithDemoData(StoreOptions tried) {
        AuditStore opened = AuditStore.open(dataDirectory(), tried);
        try {
            DemoData.loadIfEmpty(opened, new NullProgressMonitor());
            return opened;
        } catch (IOException | ImportException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException("the demo data set cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static synchronized void ready(AuditStore opened, StoreOptions used) {
        if (closed) {
            opened.close();
            return;
        }
        store = opened;
        options = used;
        othersChanges = new OthersChanges(Messages.OthersChanges_job, () -> get().auditTrail().newestId(), WorkbenchStore::tellListeners);
        othersChanges.start();
        OPENED.complete(opened);
    }

    /** The store cannot be opened: what waits for it is told, and the workbench says why and closes. */
    private static void gaveUp(RuntimeException reason) {
        if (!OPENED.completeExceptionally(reason)) {
            return;
        }
        ILog.of(WorkbenchStore.class).error(reason.getMessage(), reason);
        sayWhyAndClose(Display.getDefault(), reason);
    }

    /** Once the workbench runs (the store may fail before it does), says why it cannot work and closes it. */
    private static void sayWhyAndClose(Display display, RuntimeException reason) {
        display.asyncExec(() -> {
            if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isStarting()) {
                display.timerExec(100, () -> sayWhyAndClose(display, reason));
                return;
            }
            // the usual case in the auditor's language; others as the store says them
            String why = reason instanceof StoreInUseException ? NLS.bind(Messages.Open_inUse, dataDirectory())
                    : NLS.bind(Messages.Open_failed, reason.getMessage());
            MessageDialog.openError(display.getActiveShell(), Messages.Open_failedTitle, why);
            PlatformUI.getWorkbench().close();
        });
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

    /**
     * The open store. While it is still being opened at start-up, a job waits for it; the UI thread waits
     * for the first attempt and asks for a password the attempt lacked.
     */
    public static AuditStore get() {
        CompletableFuture<AuditStore> attempt;
        synchronized (WorkbenchStore.class) {
            if (store != null) {
                return store;
            }
            if (closed || firstAttempt == null || asking && Display.getCurrent() != null) {
                // (while the password is asked for, the UI thread cannot wait for the store)
                throw new IllegalStateException("the store is not open");
            }
            attempt = firstAttempt;
        }
        try {
            if (Display.getCurrent() != null) {
                attempt.handle((opened, failure) -> opened).join();
                openAsking(Display.getCurrent().getActiveShell());
            }
            OPENED.join();
        } catch (CompletionException | CancellationException e) {
            throw new IllegalStateException("the store is not open: " + e.getCause().getMessage(), e.getCause());
        }
        synchronized (WorkbenchStore.class) {
            if (store == null) {
                throw new IllegalStateException("the store is not open");
            }
            return store;
        }
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
        closed = true;
        OPENED.completeExceptionally(new IllegalStateException("the workbench closed the store"));
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
