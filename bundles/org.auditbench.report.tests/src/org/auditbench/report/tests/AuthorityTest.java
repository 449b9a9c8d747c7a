package org.auditbench.report.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.core.BadInputException;
import org.auditbench.report.letters.Authority;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The authority's own authority.properties: UTF-8, and a file in another encoding refused with its line, not "Input length = 1". */
public class AuthorityTest {

    private static final String OWN = "senderLine = Landesbeauftragte für Datenschutz | Kavalleriestraße 2 | 40213 Düsseldorf\n"
            + "# the place before the date\n"
            + "place = Düsseldorf\n";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aUtf8FileOverridesTheDefaults() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.writeString(data.resolve(Authority.FILE), OWN, StandardCharsets.UTF_8);
        Authority authority = Authority.load(data);
        assertEquals("Düsseldorf", authority.place());
        assertEquals("Landesbeauftragte für Datenschutz | Kavalleriestraße 2 | 40213 Düsseldorf", authority.senderLine());
        assertTrue("the default signature stays", authority.signature().startsWith("Mit freundlichen Grüßen\nIm Auftrag"));
    }

    @Test
    public void aLatin1FileIsRefusedWithItsLine() throws Exception {
        Path data = folder.getRoot().toPath();
        byte[] latin1 = ("# Absender\n" + OWN).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(data.resolve(Authority.FILE), latin1);
        BadInputException e = assertThrows(BadInputException.class, () -> Authority.load(data));
        assertEquals(data.resolve(Authority.FILE) + ": line 2: byte 0xFC is not UTF-8; save the file as UTF-8", e.getMessage());
    }
}
