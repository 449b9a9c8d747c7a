package org.auditbench.scan.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;

import org.auditbench.scan.exchange.BuildRelease;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.ExchangeBuild;
import org.auditbench.scan.exchange.ExchangeVulnerability;
import org.auditbench.scan.exchange.FixState;
import org.junit.Test;

public class BuildTableTest {

    private static final String HEADER = "# Source: test\n# State: 2026-12-01\nbuild\tproduct\tlevel\tupdate\treleased\tname\turl\tnote\n";
    private final BuildTable table = BuildTable.shipped();

    private static ExchangeBuild b(String text) {
        return ExchangeBuild.parse(text).orElseThrow();
    }

    private FixState state(String build, ExchangeVulnerability v) {
        return table.fixState(b(build), v.fixReleased());
    }

    @Test
    public void shippedTableIsCleanedAndNamesItsSource() {
        assertEquals(457, table.size());
        assertEquals(LocalDate.of(2026, 12, 1), table.state());
        assertTrue(table.source(), table.source().contains("Exchange Server build numbers and release dates"));
        for (BuildRelease r : table.all()) {
            assertFalse(r.build() + " " + r.released(), r.released().isBefore(LocalDate.of(1996, 1, 1)));
            assertFalse(r.build() + " " + r.released(), r.latest().isAfter(table.state()));
        }
    }

    @Test
    public void theSeUpdatesOf2026AreAddedEachWithItsSource() {
        for (String build : new String[] { "15.2.2562.49", "15.2.2562.56", "15.2.2562.57" }) {
            BuildRelease r = table.release(b(build)).orElseThrow();
            assertEquals("Exchange SE", r.product());
            assertFalse(build + " is dated to the month only", r.dayKnown());
        }
        assertEquals("Exchange SE RTM Nov26SU (2026-11)", table.release(b("15.2.2562.57")).orElseThrow().describe());
        assertTrue(table.source(), table.source().contains("CVE records"));
    }

    @Test
    public void centurySlipsDuplicatesAndContradictionsAreRepaired() {
        BuildRelease first = table.release(b("4.0.837")).orElseThrow();
        assertEquals(LocalDate.of(1996, 4, 1), first.released());
        assertFalse(first.dayKnown());
        assertEquals("Exchange 4.0", first.product());
        // "8.2.305.03" and "8.2.305.3" are one build; the row with the exact day stays
        assertEquals(LocalDate.of(2010, 12, 7), table.release(b("8.2.305.3")).orElseThrow().released());
        // named "2010 SP2" but numbered like SP3: dropped
        assertTrue(table.release(b("14.3.328.5")).isEmpty());
        // named "Exchange 2019 CU17" but 15.1 is Exchange 2016
        assertEquals("Exchange 2016", table.release(b("15.1.2044.8")).orElseThrow().product());
        assertEquals("Exchange 2013 SP1 CU4 Mar21SU (2021-03-02)", table.release(b("15.0.847.64")).orElseThrow().describe());
        assertEquals("Exchange SE", table.release(b("15.2.2562.17")).orElseThrow().product());
    }

    @Test
    public void proxyLogonFixedBuildsOfMicrosoftsScript() {
        ExchangeVulnerability v = ExchangeVulnerability.PROXY_LOGON;
        assertEquals(FixState.FIXED, state("15.0.1497.12", v));
        assertEquals(FixState.NOT_FIXED, state("15.0.1497.10", v));
        assertEquals(FixState.FIXED, state("15.1.2106.13", v));
        assertEquals(FixState.NOT_FIXED, state("15.1.2106.8", v));
        assertEquals(FixState.FIXED, state("15.1.2176.9", v));
        assertEquals(FixState.NOT_FIXED, state("15.1.2176.2", v));
        assertEquals(FixState.FIXED, state("15.2.721.13", v));
        assertEquals(FixState.NOT_FIXED, state("15.2.721.8", v));
        assertEquals(FixState.FIXED, state("15.2.792.10", v));
        assertEquals(FixState.NOT_FIXED, state("15.2.792.5", v));
        // later revisions of a fixed CU are fixed too; revisions between the last unfixed and first fixed are unknown
        assertEquals(FixState.FIXED, state("15.2.792.11", v));
        assertEquals(FixState.UNKNOWN, state("15.2.792.7", v));
        // a CU that came out after the fix contains it, even when only the CU is visible
        assertEquals(FixState.FIXED, state("15.1.2242", v));
        assertEquals(FixState.UNKNOWN, state("15.1.2176", v));
        // a CU that never got the fix
        assertEquals(FixState.NOT_FIXED, state("15.1.1261", v));
    }

    @Test
    public void proxyShellAndProxyNotShellFixedBuilds() {
        ExchangeVulnerability shell = ExchangeVulnerability.PROXY_SHELL;
        assertEquals(FixState.NOT_FIXED, state("15.1.2242.4", shell));
        assertEquals(FixState.FIXED, state("15.1.2242.8", shell));
        assertEquals(FixState.UNKNOWN, state("15.1.2242", shell));
        assertEquals(FixState.FIXED, state("15.1.2308", shell));
        ExchangeVulnerability notShell = ExchangeVulnerability.PROXY_NOT_SHELL;
        assertEquals(FixState.FIXED, state("15.0.1497.44", notShell));
        assertEquals(FixState.NOT_FIXED, state("15.0.1497.42", notShell));
        assertEquals(FixState.FIXED, state("15.1.2375.37", notShell));
        assertEquals(FixState.FIXED, state("15.1.2507.16", notShell));
        assertEquals(FixState.NOT_FIXED, state("15.1.2507.13", notShell));
        assertEquals(FixState.FIXED, state("15.2.986.36", notShell));
        assertEquals(FixState.FIXED, state("15.2.1118.20", notShell));
        assertEquals(FixState.UNKNOWN, state("15.2.1118.19", notShell));
        assertEquals(FixState.NOT_FIXED, state("15.2.922.27", notShell));
        assertEquals(FixState.FIXED, state("15.2.1258.12", notShell));
        // newer than every known build of Exchange 2019/SE: fixed
        assertEquals(FixState.FIXED, state("15.2.2600.1", notShell));
        // a product line the table does not know
        assertEquals(FixState.UNKNOWN, state("15.3.100.1", notShell));
    }

    @Test
    public void buildNumbersParseWithLeadingZerosAndWithoutRevision() {
        assertEquals(b("15.1.2176.9"), b("15.01.2176.009"));
        assertFalse(b("15.1.2176").hasRevision());
        assertTrue(ExchangeBuild.parse("1.0").isEmpty());
        assertTrue(ExchangeBuild.parse("15.1.2176.2; drop table").isEmpty());
    }

    @Test
    public void loaderNamesTheBadLine() throws IOException {
        expectError(HEADER + "15.1.2176.2\tExchange 2016\tCU19\t\t2096-13-01\tx\t\t\n", "test:4");
        expectError(HEADER + "15.1.2176.2\tExchange 2016\tCU19\t\tDecember 15, 2020\tx\t\t\n", "not YYYY-MM-DD");
        expectError(HEADER + "4.0.837\tExchange 4.0\tRTM\t\t1896-04\tx\t\t\n", "before Exchange existed");
        String row = "15.1.2176.2\tExchange 2016\tCU19\t\t2020-12-15\tx\t\t\n";
        expectError(HEADER + row + row, "appears twice");
        expectError(HEADER + "15.1.2176.2\tExchange 2016\n", "8 tab-separated fields");
        expectError("build\tproduct\tlevel\tupdate\treleased\tname\turl\tnote\n" + row, "no source line");
        expectError("# Source: test\nbuild\tproduct\tlevel\tupdate\treleased\tname\turl\tnote\n" + row, "no line '# State: YYYY-MM-DD'");
        expectError("# Source: test\n# State: 1 December 2026\n", "test:2: state '1 December 2026' is not a date");
        BuildTable one = BuildTable.read(new StringReader(HEADER + row), "test");
        assertEquals(1, one.size());
        assertEquals(LocalDate.of(2026, 12, 1), one.state());
    }

    private static void expectError(String text, String expected) throws IOException {
        try {
            BuildTable.read(new StringReader(text), "test");
            fail("accepted: " + text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }
}
