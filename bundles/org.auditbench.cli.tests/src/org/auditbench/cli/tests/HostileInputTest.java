package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.cli.ExitCode;
import org.auditbench.io.tests.XlsxFile;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every command ends with a non-zero exit code and one line on standard error, whatever happens: a
 * bug, the heap or the stack exhausted, hostile files (a cell beyond Excel's grid, a zip bomb, JSON
 * nested 100,000 deep, attachments outside the statement's folder). Nothing is stored then.
 */
public class HostileInputTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void failuresNobodyPlannedForEndWithOneLineAndExitCode2() {
        Path data = folder.getRoot().toPath().resolve("data");
        assertFailure(CliRun.of(data, "test-out-of-memory"), ExitCode.FAILURE, "auditbench test-out-of-memory: out of memory ("
                + "Requested array size exceeds VM limit); the input is too large for the heap (AUDITBENCH_HEAP)");
        assertFailure(CliRun.of(data, "test-stack-overflow"), ExitCode.FAILURE,
                "auditbench test-stack-overflow: stack overflow; the input is nested too deeply");
        assertFailure(CliRun.of(data, "test-unchecked"), ExitCode.FAILURE, "auditbench test-unchecked: a bug");
    }

    @Test
    public void hostileWorkbooksAreRefusedWithThePlaceNamed() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        Path cell = folder.getRoot().toPath().resolve("cell.xlsx");
        XlsxFile.writeSheet(cell, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
                + "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>");
        assertTrue(Files.size(cell) < 2048);
        CliRun run = CliRun.of(data, "import", cell.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("cell.xlsx: sheet 'Einrichtungen', cell ZZZZZZ2: not a cell of A1:XFD1048576 (Excel's last column and row)\n"
                + "cell.xlsx: nothing imported (1 problem(s))\n", run.err());

        Path bomb = folder.getRoot().toPath().resolve("bomb.xlsx");
        XlsxFile.writeBomb(bomb, 120);
        run = CliRun.of(data, "import", bomb.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err(), run.err().startsWith("bomb.xlsx: part 'xl/worksheets/liste.xml' expands to more than 100 times its packed size"));
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals(0, store.institutions().count());
        }
    }

    @Test
    public void hostileStatementsAreRefusedWithTheMemberNamed() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        Path deep = folder.getRoot().toPath().resolve("deep.json");
        Files.writeString(deep, "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"summary\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}", StandardCharsets.UTF_8);
        assertFailure(statementAdd(data, deep), ExitCode.BAD_INPUT,
                "auditbench statement: deep.json: line 1, column 120: nested deeper than 64 levels");

        Path shadow = folder.getRoot().toPath().resolve("shadow.json");
        Files.writeString(shadow, "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"attachments\": [{\"file\": \"/etc/shadow\"}]}");
        assertFailure(statementAdd(data, shadow), ExitCode.BAD_INPUT, "auditbench statement: shadow.json: attachments[0].file: "
                + "'/etc/shadow' lies outside the statement's folder " + folder.getRoot().toPath().toRealPath());

        Path long_ = folder.getRoot().toPath().resolve("long.json");
        Files.writeString(long_, "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"measures\": [{\"date\": \"2021-03-03\", "
                + "\"kind\": \"OTHER\", \"description\": \"" + "x".repeat(70_000) + "\"}]}");
        assertFailure(statementAdd(data, long_), ExitCode.BAD_INPUT,
                "auditbench statement: long.json: measures[0].description: 70,000 characters, at most 65,536");
    }

    private static CliRun statementAdd(Path data, Path file) {
        return CliRun.of(data, "statement", "add", "--campaign", "1", "--institution", "1", "--file", file.toString());
    }

    private static void assertFailure(CliRun run, int code, String line) {
        assertEquals(run.err(), code, run.code());
        assertEquals(line + "\n", run.err());
        assertFalse(run.out(), run.out().contains("Exception") || run.out().contains("Error"));
    }
}
