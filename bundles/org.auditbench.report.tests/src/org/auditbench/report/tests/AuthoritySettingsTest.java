package org.auditbench.report.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.auditbench.core.BadInputException;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.AuthoritySettings;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The authority's settings as the preference page writes them and the letters read them: saved and read
 * back unchanged (umlauts, line breaks, backslashes), the default deadline refused unless it is a number
 * of days, and a hand-written file of the older form read into the fields.
 */
public class AuthoritySettingsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void whatIsSavedIsReadBackAndPrinted() throws Exception {
        Path data = folder.getRoot().toPath();
        // a name with backslashes, as a Windows path would be written: escaped in the file, read back as written
        Path logo = folder.newFile("C:\\Briefkopf\\logo.png").toPath();
        AuthoritySettings settings = AuthoritySettings.read(data);
        settings.set(AuthoritySettings.NAME, "Der Diözesandatenschutzbeauftragte");
        settings.set(AuthoritySettings.STREET, "Domplatz 3");
        settings.set(AuthoritySettings.POSTCODE, "48143");
        settings.set(AuthoritySettings.CITY, "Münster");
        settings.set(AuthoritySettings.FAX, "");
        settings.set(AuthoritySettings.LOGO, logo.toString());
        settings.set(AuthoritySettings.DEADLINE_DAYS, "21");
        settings.save();

        AuthoritySettings read = AuthoritySettings.read(data);
        assertEquals("Der Diözesandatenschutzbeauftragte", read.get(AuthoritySettings.NAME));
        assertEquals(logo.toString(), read.get(AuthoritySettings.LOGO));
        Authority authority = read.authority();
        assertEquals("Der Diözesandatenschutzbeauftragte | Domplatz 3 | 48143 Münster", authority.senderLine());
        assertEquals("without the empty fax", "Tel.: 0000/000 000-0\nE-Mail: aufsicht@datenschutz.example", authority.contact());
        assertEquals("Münster", authority.place());
        assertEquals(LocalDate.of(2021, 3, 31), authority.requestDeadline(LocalDate.of(2021, 3, 10)));
        assertEquals(logo, authority.logo());
    }

    @Test
    public void aLogoThatCannotBeReadIsRefusedRatherThanLeftOut() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.writeString(data.resolve(Authority.FILE), "logo = /nonexistent/logo.png\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> Authority.load(data));
        assertEquals(data.resolve(Authority.FILE) + ": logo = /nonexistent/logo.png: the letterhead image cannot be read", e.getMessage());
    }

    @Test
    public void withoutADefaultDeadlineTheTemplateDecides() throws Exception {
        assertNull(Authority.load(folder.getRoot().toPath()).requestDeadline(LocalDate.of(2021, 3, 10)));
    }

    @Test
    public void aDeadlineThatIsNoNumberOfDaysIsRefusedWithTheFile() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.writeString(data.resolve(Authority.FILE), "deadlineDays = vier Wochen\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> Authority.load(data));
        assertEquals(data.resolve(Authority.FILE) + ": deadlineDays = vier Wochen: the default deadline is a number of days from 1 to 365",
                e.getMessage());
    }

    @Test
    public void anOlderFileIsReadIntoTheFields() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.writeString(data.resolve(Authority.FILE), "senderLine = Datenschutzstelle | Postfach 12 34\n"
                + "contact = Telefon: 0211 1 | E-Mail: post@ds.example | Sprechzeiten nach Vereinbarung\n", StandardCharsets.UTF_8);
        AuthoritySettings settings = AuthoritySettings.read(data);
        assertEquals("Datenschutzstelle", settings.get(AuthoritySettings.NAME));
        assertEquals("Postfach 12 34", settings.get(AuthoritySettings.STREET));
        assertEquals("no town in the sender line: none made up", "", settings.get(AuthoritySettings.CITY));
        assertEquals("0211 1", settings.get(AuthoritySettings.PHONE));
        assertEquals("", settings.get(AuthoritySettings.FAX));
        assertEquals("post@ds.example", settings.get(AuthoritySettings.EMAIL));
        Authority authority = settings.authority();
        assertEquals("Datenschutzstelle | Postfach 12 34", authority.senderLine());
        assertEquals("Tel.: 0211 1\nE-Mail: post@ds.example\nSprechzeiten nach Vereinbarung", authority.contact());
    }
}
