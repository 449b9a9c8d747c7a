package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.cli.ExitCode;
import org.auditbench.scan.exchange.BuildTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench builds show | import FILE} and the scan's warning about an old table: a newer table
 * is stored in the data directory and shown, a bad or older one refused with the reason, the table in use
 * kept.
 */
public class BuildsCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String shipped() throws Exception {
        try (InputStream in = BuildTable.class.getResourceAsStream("/data/exchange-builds.tsv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    public void aNewerTableIsImportedAndShownABadOrOlderOneRefused() throws Exception {
        Path data = folder.newFolder("data").toPath();
        CliRun show = CliRun.of(data, "builds", "show");
        assertEquals(ExitCode.OK, show.code());
        assertTrue(show.out(), show.out().contains("build table  shipped with the product"));
        assertTrue(show.out(), show.out().contains("state        2026-12-01"));
        assertTrue(show.out(), show.out().contains("builds       457"));
        assertTrue(show.out(), show.out().contains("Exchange Server build numbers and release dates"));

        String newer = shipped().replace("# State: 2026-12-01", "# State: 2026-12-15")
                + "15.2.2562.60\tExchange SE\tRTM\tDec26SU\t2026-12-08\tExchange Server SE RTM Dec26SU\t\ttest row\n";
        CliRun imported = CliRun.of(data, "builds", "import", write("newer.tsv", newer).toString());
        assertEquals(imported.err(), ExitCode.OK, imported.code());
        assertTrue(Files.isRegularFile(data.resolve("exchange-builds.tsv")));
        show = CliRun.of(data, "builds", "show");
        assertTrue(show.out(), show.out().contains("build table  " + data.resolve("exchange-builds.tsv")));
        assertTrue(show.out(), show.out().contains("state        2026-12-15"));
        assertTrue(show.out(), show.out().contains("builds       458"));

        String[] lines = newer.split("\n");
        int row = lines.length;
        String bad = newer.replace("2026-12-08\tExchange Server SE RTM Dec26SU", "8 December 2026\tExchange Server SE RTM Dec26SU")
                .replace("# State: 2026-12-15", "# State: 2026-12-20");
        CliRun refused = CliRun.of(data, "builds", "import", write("bad.tsv", bad).toString());
        assertEquals(ExitCode.BAD_INPUT, refused.code());
        assertTrue(refused.err(), refused.err().contains("bad.tsv:" + row + ": release date '8 December 2026' is not YYYY-MM-DD"));
        assertTrue(refused.err(), refused.err().contains("the table in use is unchanged"));

        CliRun older = CliRun.of(data, "builds", "import", write("older.tsv", shipped().replace("# State: 2026-12-01",
                "# State: 2026-09-01")).toString());
        assertEquals(ExitCode.BAD_INPUT, older.code());
        assertTrue(older.err(), older.err().contains("state 2026-09-01 is older than the table in use (state 2026-12-15)"));

        show = CliRun.of(data, "builds", "show");
        assertTrue(show.out(), show.out().contains("state        2026-12-15"));
        assertTrue(show.out(), show.out().contains("builds       458"));
        assertEquals(newer, Files.readString(data.resolve("exchange-builds.tsv")));
    }

    @Test
    public void aScanWarnsWhenTheTableIsOlderThan90DaysOnTheDayJudged() throws Exception {
        Path data = folder.newFolder("data").toPath();
        CliRun scan = CliRun.of(data, "scan", "--domain", "nowhere.test", "--dns", "127.0.0.1:9", "--allow-private", "--ports", "25",
                "--timeout", "300", "--date", "2027-06-01");
        assertTrue(scan.err(), scan.err().contains("warning: the Exchange build table (state 2026-12-01) is 182 days old on 2027-06-01"));
        CliRun today = CliRun.of(data, "scan", "--domain", "nowhere.test", "--dns", "127.0.0.1:9", "--allow-private", "--ports", "25",
                "--timeout", "300", "--date", "2026-12-01");
        assertTrue(today.err(), !today.err().contains("warning: the Exchange build table"));
        CliRun wrongDate = CliRun.of(data, "scan", "--domain", "nowhere.test", "--date", "1.12.2026");
        assertEquals(ExitCode.BAD_INPUT, wrongDate.code());
        assertTrue(wrongDate.err(), wrongDate.err().contains("--date '1.12.2026' is not a date (YYYY-MM-DD)"));
        CliRun noPem = CliRun.of(data, "scan", "--domain", "nowhere.test", "--ca-file", write("ca.pem", "no certificate").toString());
        assertEquals(ExitCode.BAD_INPUT, noPem.code());
        assertTrue(noPem.err(), noPem.err().contains("--ca-file: ") && noPem.err().contains("ca.pem"));
    }
}
