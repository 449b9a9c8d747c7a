package org.auditbench.testing.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A small driver for UI tests of the real workbench: it runs in the test thread, touches widgets only
 * on the UI thread, finds them by id, text or type, sends real input events through
 * {@link Display#post(Event)} (XTEST under Xvfb), waits for conditions with a timeout and saves
 * screenshots.
 *
 * <p>Menus are the exception to real input: GTK opens them in a grab that posted events cannot reach
 * reliably, so menu items are selected by notifying their listeners, as the workbench itself does for
 * key bindings.
 */
public final class UiDriver {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 50;

    private final Display display;
    private final Duration timeout;

    public UiDriver(Display display) {
        this(display, DEFAULT_TIMEOUT);
    }

    public UiDriver(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    public Display display() {
        return display;
    }

    // ---- running on the UI thread -------------------------------------------------------------

    /** Computes a value on the UI thread; an exception there is rethrown here. */
    public <T> T call(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Lets the UI thread process everything queued so far. */
    public void flush() {
        run(() -> {
            while (display.readAndDispatch()) {
                // drain
            }
        });
    }

    // ---- waiting ------------------------------------------------------------------------------

    /** Waits until the condition (evaluated on the UI thread) holds, or fails with the description. */
    public void waitUntil(String description, BooleanSupplier condition) {
        waitFor(description, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Waits until the supplier (evaluated on the UI thread) returns a value other than null. */
    public <T> T waitFor(String description, Supplier<T> supplier) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = call(supplier);
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                Path shot = screenshot("timeout");
                throw new UiTimeoutException("waited " + timeout.toSeconds() + " s for " + description
                        + " (screenshot " + shot + ")");
            }
            sleep(POLL_MILLIS);
        }
    }

    // ---- finding ------------------------------------------------------------------------------

    /** The shell with this exact title, once it is visible. */
    public Shell shell(String title) {
        return waitFor("a shell titled '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        });
    }

    /** The first widget below root (in tree order) that is of the type and matches, once it exists. */
    public <W extends Widget> W find(Composite root, Class<W> type, Predicate<? super W> matcher, String description) {
        return waitFor(type.getSimpleName() + " " + description, () -> findNow(root, type, matcher).orElse(null));
    }

    public <W extends Widget> Optional<W> findNow(Composite root, Class<W> type, Predicate<? super W> matcher) {
        return call(() -> all(root, type).stream().filter(matcher).findFirst());
    }

    /** Every widget of the type below root, the root included, in tree order. */
    public <W extends Widget> List<W> all(Composite root, Class<W> type) {
        return call(() -> {
            List<W> found = new ArrayList<>();
            collect(root, type, found);
            return found;
        });
    }

    private static <W extends Widget> void collect(Control control, Class<W> type, List<W> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The item at the path of menu texts in the shell's menu bar ("File", "Exit"); mnemonics ignored. */
    public MenuItem menuItem(Shell shell, String... path) {
        return waitFor("menu " + String.join(" > ", path), () -> {
            Menu menu = shell.getMenuBar();
            MenuItem item = null;
            for (String text : path) {
                if (menu == null) {
                    return null;
                }
                item = itemIn(menu, text);
                if (item == null) {
                    return null;
                }
                menu = item.getMenu();
            }
            return item;
        });
    }

    private static MenuItem itemIn(Menu menu, String text) {
        // Contribution managers fill menus when they are shown: give them the chance.
        Event show = new Event();
        show.widget = menu;
        menu.notifyListeners(SWT.Show, show);
        for (MenuItem item : menu.getItems()) {
            if (Widgets.plain(item.getText()).equals(text)) {
                return item;
            }
        }
        return null;
    }

    /** The texts of the items of a menu bar entry, mnemonics and accelerators removed. */
    public List<String> menuTexts(Shell shell, String... path) {
        MenuItem parent = menuItem(shell, path);
        return call(() -> {
            Menu menu = parent.getMenu();
            Event show = new Event();
            show.widget = menu;
            menu.notifyListeners(SWT.Show, show);
            List<String> texts = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                    texts.add(Widgets.plain(item.getText()));
                }
            }
            return texts;
        });
    }

    // ---- acting -------------------------------------------------------------------------------

    /** Selects a menu item (see the class comment on menus). Returns at once; the action runs on the UI thread. */
    public void select(MenuItem item) {
        display.asyncExec(() -> {
            if (item.isDisposed() || !item.isEnabled()) {
                return;
            }
            if ((item.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                item.setSelection(!item.getSelection());
            }
            Event event = new Event();
            event.widget = item;
            item.notifyListeners(SWT.Selection, event);
        });
    }

    /** Clicks the middle of a control with real mouse events. */
    public void click(Control control) {
        Point centre = call(() -> {
            control.getShell().forceActive();
            Rectangle bounds = control.getBounds();
            return control.getParent() == null
                    ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
                    : control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        post(mouse(SWT.MouseMove, 0, centre));
        post(mouse(SWT.MouseDown, 1, centre));
        post(mouse(SWT.MouseUp, 1, centre));
        flush();
    }

    /** Clicks the button with this text in the shell (mnemonics ignored). */
    public void clickButton(Shell shell, String text) {
        click(find(shell, Button.class, Widgets.withText(text), "'" + text + "'"));
    }

    /** Types text into the focus control with real key events. */
    public void type(String text) {
        int characters = text.length();
        delivered(event -> event.character != 0, characters, "the " + characters + " typed characters of \"" + text + "\"", () -> {
            for (char c : text.toCharArray()) {
                postKey(c, 0);
            }
        });
    }

    /**
     * Presses one key (an SWT key code such as {@link SWT#ESC} or {@link SWT#CR}). A key that traverses
     * (Escape closing a dialog, Return pressing its default button) arrives as a traversal, not as a key press.
     */
    public void press(int keyCode) {
        delivered(event -> event.keyCode == keyCode, 1, "the key " + keyCode, () -> postKey('\0', keyCode));
    }

    /** Posts the press and the release of one key, given by its character or by its key code. */
    private void postKey(char character, int keyCode) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = keyCode;
            post(event);
        }
    }

    /**
     * Posts key events and returns only when the display has dispatched as many matching key presses.
     * Posted events travel through the X server: without this wait the last keys of a word can arrive
     * after the test has moved the focus to the next field, or saved.
     */
    private void delivered(Predicate<Event> counts, int expected, String description, Runnable posting) {
        AtomicInteger seen = new AtomicInteger();
        Listener counter = event -> {
            if (counts.test(event)) {
                seen.incrementAndGet();
            }
        };
        run(() -> {
            display.addFilter(SWT.KeyDown, counter);
            display.addFilter(SWT.Traverse, counter);
        });
        try {
            posting.run();
            waitUntil(description + " delivered", () -> seen.get() >= expected);
        } finally {
            run(() -> {
                display.removeFilter(SWT.KeyDown, counter);
                display.removeFilter(SWT.Traverse, counter);
            });
        }
    }

    private static Event mouse(int type, int button, Point at) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        event.x = at.x;
        event.y = at.y;
        return event;
    }

    private void post(Event event) {
        boolean posted = call(() -> display.post(event));
        if (!posted) {
            throw new IllegalStateException("the display refused a posted event (no XTEST?): " + event);
        }
        sleep(10);
    }

    // ---- evidence -----------------------------------------------------------------------------

    /**
     * Saves the whole screen as PNG under {@code target/screenshots} (or {@code -Dauditbench.screenshots})
     * and returns the file, or null when no picture could be taken.
     */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("auditbench.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^\\w.-]", "_") + ".png");
            run(() -> {
                Rectangle bounds = display.getBounds();
                Image image = new Image(display, bounds.width, bounds.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, bounds.x, bounds.y);
                    ImageLoader loader = new ImageLoader();
                    loader.data = new ImageData[] { image.getImageData() };
                    loader.save(file.toString(), SWT.IMAGE_PNG);
                } finally {
                    gc.dispose();
                    image.dispose();
                }
            });
            return file;
        } catch (Exception e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI", e);
        }
    }
}
