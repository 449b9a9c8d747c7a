package org.auditbench.model.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;
import org.junit.Test;

/** The one rule set for mail domains: as typed by people, as stored, as the scan asks DNS for them. */
public class MailDomainNamesTest {

    @Test
    public void namesAreLowerCasedWithoutTheFinalDotOrALeadingAt() {
        assertEquals("bistum-beispiel.de", MailDomainNames.toAscii(" Bistum-Beispiel.DE. "));
        assertEquals("amt.example", MailDomainNames.toAscii("@amt.example"));
        assertEquals("xn--bcherei-mnster-gsbi.example", MailDomainNames.toAscii("xn--bcherei-mnster-gsbi.example"));
        assertEquals("3com.de", MailDomainNames.toAscii("3com.de"));
    }

    @Test
    public void internationalNamesBecomePunycodeAndBack() {
        assertEquals("xn--bcherei-mnster-gsbi.example", MailDomainNames.toAscii("Bücherei-Münster.example"));
        // the ideographic full stop separates labels like a dot
        assertEquals("xn--bcherei-mnster-gsbi.example", MailDomainNames.toAscii("bücherei-münster\u3002example"));
        assertEquals("bücherei-münster.example", MailDomainNames.toUnicode("xn--bcherei-mnster-gsbi.example"));
        assertEquals("amt.example", MailDomainNames.toUnicode("amt.example"));
    }

    @Test
    public void theModelShowsTheUnicodeNameOfTheStoredOne() {
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName("xn--brger-kva.example");
        assertEquals("bürger.example", domain.getUnicodeName());
    }

    @Test
    public void badNamesAreRefusedWithTheNameAndTheReason() {
        for (String bad : new String[] { "a..b", "x..y", "-amt.test", "amt-.test", "amt test.de", "localhost", "amt.test/x",
                "ämt..de", "_dmarc.amt.test", "amt_1.test", "192.168.1.1", "amt.123", "x".repeat(64) + ".de",
                ("abcdefghi." + "x".repeat(60) + ".").repeat(4) + "de" }) {
            var e = assertThrows(bad, IllegalArgumentException.class, () -> MailDomainNames.toAscii(bad));
            assertThat(e.getMessage(), containsString("'" + bad + "' is not a valid domain name"));
        }
        assertThat(assertThrows(IllegalArgumentException.class, () -> MailDomainNames.toAscii(" ")).getMessage(), containsString("empty"));
    }

    @Test
    public void aCellHoldsSeveralNames() {
        assertEquals(List.of("a.example", "b.example", "c.example", "d.example"),
                MailDomainNames.split(" a.example; b.example,c.example \t d.example "));
    }

    @Test
    public void mailAddressesNeedALocalPartAndAValidDomain() {
        assertTrue(MailDomainNames.isEmailAddress("poststelle@bücherei-münster.example"));
        assertFalse(MailDomainNames.isEmailAddress("@amt.example"));
        assertFalse(MailDomainNames.isEmailAddress("post stelle@amt.example"));
        assertFalse(MailDomainNames.isEmailAddress("poststelle@amt"));
    }

    @Test
    public void namesWithinADomain() {
        assertTrue(MailDomainNames.isWithin("MX1.Amt.Example", "amt.example"));
        assertTrue(MailDomainNames.isWithin("amt.example", "amt.example"));
        assertFalse(MailDomainNames.isWithin("notamt.example", "amt.example"));
    }
}
