package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.auditbench.store.StoreOptions;
import org.auditbench.testing.postgres.PostgresServer;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.store.DatabaseSettings;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Window > Preferences > Auditbench > Database: the server's URL and user are saved in the preferences and
 * read back, the password goes encrypted into secure storage and into no file in plain text; the next
 * start's store options name the server with the user and the stored password. The test runtime names a
 * secure storage and its master password of its own (-eclipse.keyring, -eclipse.password in the pom), so
 * no master password dialog comes up; the test leaves the preferences and the secure storage as it found
 * them and closes every dialog it opened, also when it fails.
 */
public class DatabasePreferencesTest {

    static final String PAGE = "org.auditbench.ui.preferences.database";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/auditbench?sslmode=disable";
    private static final String PASSWORD = "Geheim-7f3a9c";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
    private final IPreferenceStore preferences = AuditbenchUiPlugin.getDefault().getPreferenceStore();

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private boolean wasOnServer;
    private String wasUrl;
    private String wasUser;

    @Before
    public void rememberTheChoice() {
        wasOnServer = preferences.getBoolean(DatabaseSettings.ON_SERVER);
        wasUrl = preferences.getString(DatabaseSettings.SERVER_URL);
        wasUser = preferences.getString(DatabaseSettings.SERVER_USER);
        assertFalse("the tests start without a stored password", DatabaseSettings.current().hasPassword());
    }

    @After
    public void closeDialogsAndRestoreTheChoice() throws Exception {
        Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        ui.run(() -> {
            for (Shell shell : ui.display().getShells()) {
                if (shell != window && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
        DatabaseSettings.current().save(false, "", "", "");
        preferences.setValue(DatabaseSettings.ON_SERVER, wasOnServer);
        preferences.setValue(DatabaseSettings.SERVER_URL, wasUrl);
        preferences.setValue(DatabaseSettings.SERVER_USER, wasUser);
    }

    @Test
    public void theServerIsSavedAndReadBackAndThePasswordOnlyInSecureStorage() throws Exception {
        Shell dialog = PreferencePages.open(ui, PAGE, "database.url");
        assertTrue("embedded by default", ui.call(() -> button(dialog, "database.embedded").getSelection()));
        assertFalse("URL disabled for embedded", ui.call(() -> PreferencePages.text(ui, dialog, "database.url").isEnabled()));
        Button server = button(dialog, "database.server");
        ui.click(server);
        ui.waitUntil("server chosen", server::getSelection);
        PreferencePages.write(ui, dialog, "database.url", URL + "&password=x");
        assertEquals("The URL must not contain the password (it would be stored in plain text); enter it in the Password field.",
                ui.call(() -> ((IDialogPage) ((PreferenceDialog) dialog.getData()).getSelectedPage()).getErrorMessage()));
        PreferencePages.write(ui, dialog, "database.url", URL);
        PreferencePages.write(ui, dialog, "database.user", "erika");
        PreferencePages.write(ui, dialog, "database.password", PASSWORD);
        ui.screenshot("preferences-database");
        ui.clickButton(dialog, "Apply and Close");
        ui.waitUntil("the preferences closed", dialog::isDisposed);

        DatabaseSettings saved = DatabaseSettings.current();
        assertTrue(saved.onServer());
        assertEquals(URL, saved.serverUrl());
        assertEquals("erika", saved.serverUser());
        assertEquals("the stored password read back", PASSWORD, saved.password());
        StoreOptions next = saved.applyTo(StoreOptions.defaults());
        assertEquals(URL + "&user=erika", next.serverUrl());
        assertEquals(PASSWORD, next.serverPassword());

        List<Path> written = filesBelow(Path.of(Platform.getInstanceLocation().getURL().toURI()));
        assertTrue("the preference file holds the URL", written.stream().anyMatch(file -> contains(file, "5432/auditbench")));
        Path keyring = keyring();
        assertTrue("the secure storage written", Files.isRegularFile(keyring));
        for (Path file : Stream.concat(written.stream(), Stream.of(keyring)).toList()) {
            assertFalse("the password in plain text in " + file, contains(file, PASSWORD));
        }

        Shell again = PreferencePages.open(ui, PAGE, "database.url");
        assertTrue(ui.call(() -> button(again, "database.server").getSelection()));
        assertEquals(URL, PreferencePages.read(ui, again, "database.url"));
        assertEquals("erika", PreferencePages.read(ui, again, "database.user"));
        assertEquals("the password not shown", "", PreferencePages.read(ui, again, "database.password"));
        assertEquals("but said to be stored", "(stored; type a new one to replace it)",
                ui.call(() -> PreferencePages.text(ui, again, "database.password").getMessage()));
        ui.clickButton(again, "Apply and Close");
        ui.waitUntil("the preferences closed", again::isDisposed);
        assertEquals("an empty field keeps the stored password", PASSWORD, DatabaseSettings.current().password());

        Shell third = PreferencePages.open(ui, PAGE, "database.url");
        ui.click(button(third, "database.embedded"));
        ui.clickButton(third, "Apply and Close");
        ui.waitUntil("the preferences closed", third::isDisposed);
        assertFalse(DatabaseSettings.current().onServer());
        assertFalse("embedded forgets the server's password", DatabaseSettings.current().hasPassword());
        assertNull("embedded: no server", DatabaseSettings.current().applyTo(StoreOptions.defaults()).serverUrl());
    }

    @Test
    public void testConnectionLogsInToARealServerAndSavesNothing() {
        PostgresServer postgres = PostgresServer.shared();
        String database = postgres.newDatabase();
        Shell dialog = PreferencePages.open(ui, PAGE, "database.url");
        Button server = button(dialog, "database.server");
        ui.click(server);
        ui.waitUntil("server chosen", server::getSelection);
        PreferencePages.write(ui, dialog, "database.url", database.substring(0, database.indexOf('?')));
        PreferencePages.write(ui, dialog, "database.user", PostgresServer.USER);
        PreferencePages.write(ui, dialog, "database.password", "falsch");
        ui.click(button(dialog, "database.test"));
        ui.waitUntil("the wrong password refused", () -> page(dialog).getErrorMessage() != null
                && page(dialog).getErrorMessage().startsWith("No connection: ") && page(dialog).getErrorMessage().contains("refused the login"));

        PreferencePages.write(ui, dialog, "database.password", postgres.password());
        ui.click(button(dialog, "database.test"));
        ui.waitUntil("logged in", () -> page(dialog).getErrorMessage() == null && page(dialog).getMessage() != null
                && page(dialog).getMessage().startsWith("Connected to ") && page(dialog).getMessage().endsWith(" as " + PostgresServer.USER + "."));
        ui.screenshot("preferences-database-connected");
        ui.clickButton(dialog, "Cancel");
        ui.waitUntil("the preferences closed", dialog::isDisposed);
        assertFalse("a test saves nothing", DatabaseSettings.current().onServer());
        assertFalse(DatabaseSettings.current().hasPassword());
    }

    private static DialogPage page(Shell dialog) {
        return (DialogPage) ((PreferenceDialog) dialog.getData()).getSelectedPage();
    }

    private Button button(Shell dialog, String id) {
        return ui.find(dialog, Button.class, Widgets.withId(id), id);
    }

    /** The secure storage file the pom names with -eclipse.keyring. */
    private static Path keyring() {
        List<String> arguments = List.of(Platform.getCommandLineArgs());
        int at = arguments.indexOf("-eclipse.keyring");
        assertTrue("the test runtime names its secure storage", at >= 0);
        return Path.of(arguments.get(at + 1)).toAbsolutePath();
    }

    private static List<Path> filesBelow(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
