package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.AuthoritySettings;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.ChosenFiles;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Window > Preferences > Auditbench > Authority writes {@code authority.properties} in the data folder,
 * from which the letters (in the workbench and on the command line) take the sender; a file written by
 * hand in the older form is read into the fields and saved in the new form without losing anything.
 */
public class AuthorityPreferencesTest {

    static final String PAGE = "org.auditbench.ui.preferences.authority";

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
    private final Path data = WorkbenchStore.dataDirectory();
    private final Path file = data.resolve(Authority.FILE);

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Before
    @After
    public void noAuthorityFile() throws Exception {
        ChosenFiles.use(null);
        Files.deleteIfExists(file);
    }

    @Test
    public void theAuthorityIsSavedWhereTheLettersReadIt() throws Exception {
        Path logo = Files.createTempDirectory("logo").resolve("kdsz.png");
        ImageLoader png = new ImageLoader();
        png.data = new ImageData[] { new ImageData(240, 80, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF)) };
        png.save(logo.toString(), SWT.IMAGE_PNG);
        ChosenFiles.use((shell, request) -> logo);

        Shell dialog = PreferencePages.open(ui, PAGE, "authority.name");
        PreferencePages.write(ui, dialog, "authority.name", "Katholisches Datenschutzzentrum");
        PreferencePages.write(ui, dialog, "authority.street", "Brackeler Hellweg 144");
        PreferencePages.write(ui, dialog, "authority.postcode", "44309");
        PreferencePages.write(ui, dialog, "authority.city", "Dortmund");
        PreferencePages.write(ui, dialog, "authority.phone", "0231/138 985-0");
        PreferencePages.write(ui, dialog, "authority.fax", "0231/138 985-22");
        PreferencePages.write(ui, dialog, "authority.email", "info@kdsz.example");
        PreferencePages.write(ui, dialog, "authority.signer", "Dr. Erika Mustermann");
        PreferencePages.write(ui, dialog, "authority.privacyLaw", "§§ 15, 16 KDG");
        PreferencePages.write(ui, dialog, "authority.privacyLink", "https://www.kdsz.example/informationspflichten/");
        PreferencePages.write(ui, dialog, "authority.deadlineDays", "21");
        ui.click(ui.find(dialog, Button.class, Widgets.withId("authority.logo.choose"), "Browse"));
        Label preview = ui.find(dialog, Label.class, Widgets.withId("authority.logo.preview"), "the logo");
        ui.waitUntil("the logo shown", () -> preview.getImage() != null);
        assertEquals("scaled to the preview's height", 64, (int) ui.call(() -> preview.getImage().getBounds().height));
        ui.screenshot("preferences-authority");
        ui.clickButton(dialog, "Apply and Close");
        ui.waitUntil("the preferences closed", dialog::isDisposed);

        Authority authority = Authority.load(data);
        assertEquals("Katholisches Datenschutzzentrum | Brackeler Hellweg 144 | 44309 Dortmund", authority.senderLine());
        assertEquals("Tel.: 0231/138 985-0\nFax: 0231/138 985-22\nE-Mail: info@kdsz.example", authority.contact());
        assertEquals("Dortmund", authority.place());
        assertEquals("Dr. Erika Mustermann", authority.signer());
        assertEquals("§§ 15, 16 KDG", authority.wording().get("privacyLaw"));
        assertEquals("https://www.kdsz.example/informationspflichten/", authority.wording().get("privacyLink"));
        assertEquals(Integer.valueOf(21), authority.daysToAnswer());
        assertEquals(logo.toString(), AuthoritySettings.read(data).get(AuthoritySettings.LOGO));
        assertEquals("the user's alone", "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Shell again = PreferencePages.open(ui, PAGE, "authority.name");
        assertEquals("Katholisches Datenschutzzentrum", PreferencePages.read(ui, again, "authority.name"));
        assertEquals(logo.toString(), PreferencePages.read(ui, again, "authority.logo"));
        ui.clickButton(again, "Cancel");
        ui.waitUntil("the preferences closed", again::isDisposed);
    }

    @Test
    public void aHandWrittenFileIsMigratedWithoutLosingAnything() throws Exception {
        Files.writeString(file, """
                senderLine = Landesbeauftragte für Datenschutz | Kavalleriestraße 2 | 40213 Düsseldorf
                contact = Tel.: 0211/38424-0 | Fax: 0211/38424-999 | Sprechzeiten Mo-Fr 9-12 Uhr
                place = Düsseldorf
                signer = Bettina Muster
                """, StandardCharsets.UTF_8);
        Authority before = Authority.load(data);
        assertEquals("Landesbeauftragte für Datenschutz | Kavalleriestraße 2 | 40213 Düsseldorf", before.senderLine());
        assertEquals("Tel.: 0211/38424-0\nFax: 0211/38424-999\nSprechzeiten Mo-Fr 9-12 Uhr", before.contact());

        Shell dialog = PreferencePages.open(ui, PAGE, "authority.name");
        assertEquals("Landesbeauftragte für Datenschutz", PreferencePages.read(ui, dialog, "authority.name"));
        assertEquals("Kavalleriestraße 2", PreferencePages.read(ui, dialog, "authority.street"));
        assertEquals("40213", PreferencePages.read(ui, dialog, "authority.postcode"));
        assertEquals("Düsseldorf", PreferencePages.read(ui, dialog, "authority.city"));
        assertEquals("0211/38424-0", PreferencePages.read(ui, dialog, "authority.phone"));
        assertEquals("0211/38424-999", PreferencePages.read(ui, dialog, "authority.fax"));
        assertEquals("", PreferencePages.read(ui, dialog, "authority.email"));
        ui.clickButton(dialog, "Apply and Close");
        ui.waitUntil("the preferences closed", dialog::isDisposed);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written, not(containsString("senderLine")));
        assertThat(written, containsString("name = Landesbeauftragte für Datenschutz\n"));
        assertEquals("the letters print what they printed before", before, Authority.load(data));
    }

    @Test
    public void aDeadlineOfNoDaysCannotBeSaved() throws Exception {
        Shell dialog = PreferencePages.open(ui, PAGE, "authority.deadlineDays");
        Button apply = ui.find(dialog, Button.class, Widgets.withText("Apply and Close"), "Apply and Close");
        PreferencePages.write(ui, dialog, "authority.deadlineDays", "0");
        ui.waitUntil("Apply and Close disabled", () -> !apply.isEnabled());
        PreferencePages.write(ui, dialog, "authority.deadlineDays", "");
        ui.waitUntil("Apply and Close enabled again", apply::isEnabled);
        ui.clickButton(dialog, "Cancel");
        ui.waitUntil("the preferences closed", dialog::isDisposed);
        assertFalse("nothing written", Files.exists(file));
    }

    @Test
    public void theDataFolderIsShownWithAButtonToOpenIt() {
        Shell dialog = PreferencePages.open(ui, "org.auditbench.ui.preferences.general", "preferences.dataFolder");
        assertEquals(data.toString(), PreferencePages.read(ui, dialog, "preferences.dataFolder"));
        assertNotNull(ui.find(dialog, Button.class, Widgets.withId("preferences.dataFolder.open"), "Open Folder"));
        ui.screenshot("preferences-general");
        ui.clickButton(dialog, "Cancel");
        ui.waitUntil("the preferences closed", dialog::isDisposed);
    }
}
