package org.auditbench.scan.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.auditbench.scan.DomainNames;
import org.junit.Test;

/** Domain names as typed by people, turned into what the scan asks DNS for. */
public class DomainNamesTest {

    @Test
    public void asciiNamesAreLowerCasedWithoutTheFinalDot() {
        assertEquals("bistum-beispiel.de", DomainNames.toAscii(" Bistum-Beispiel.DE. "));
        assertEquals("_dmarc.amt.test", DomainNames.toAscii("_dmarc.amt.test"));
        assertEquals("xn--bcherei-mnster-gsbi.example", DomainNames.toAscii("xn--bcherei-mnster-gsbi.example"));
    }

    @Test
    public void internationalNamesBecomePunycode() {
        assertEquals("xn--bcherei-mnster-gsbi.example", DomainNames.toAscii("Bücherei-Münster.example"));
        // the ideographic full stop separates labels like a dot
        assertEquals("xn--bcherei-mnster-gsbi.example", DomainNames.toAscii("bücherei-münster\u3002example"));
    }

    @Test
    public void badNamesAreRefusedWithTheReason() {
        for (String bad : new String[] { "a..b", "-amt.test", "amt-.test", "amt test.de", "localhost", "amt.test/x", "ämt..de",
                "x".repeat(64) + ".de", ("abcdefghi." + "x".repeat(60) + ".").repeat(4) + "de" }) {
            var e = assertThrows(bad, IllegalArgumentException.class, () -> DomainNames.toAscii(bad));
            assertThat(e.getMessage(), containsString("is not a valid domain name"));
        }
        assertThat(assertThrows(IllegalArgumentException.class, () -> DomainNames.toAscii(" ")).getMessage(), containsString("empty"));
    }
}
