package org.auditbench.core.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.auditbench.core.Attachments;
import org.auditbench.core.BadInputException;
import org.auditbench.core.Dates;
import org.auditbench.core.StatementJson;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class StatementJsonTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void readsAStatementWithItsChronologyAndEvidence() throws Exception {
        Path dir = folder.getRoot().toPath();
        Files.writeString(dir.resolve("msert.log"), "No infection found.\n");
        Path json = dir.resolve("statement.json");
        Files.writeString(json, """
                {
                  "received": "2021-05-20",
                  "kind": "answer",
                  "summary": "Patch am 3. März, danach Test-ProxyLogon und MSERT",
                  "monitoring": "Firewall-Logs, Alarm bei Abfluss \\u00fcber 1 GB",
                  "measures": [
                    { "date": "2021-03-03", "kind": "PATCH_INSTALLED", "description": "KB5000871" },
                    { "date": "2021-03-04", "kind": "DETECTION_SCRIPT", "description": "Test-ProxyLogon.ps1: keine Funde" },
                    { "date": "2021-03-04", "kind": "msert" }
                  ],
                  "attachments": [ { "file": "msert.log", "mediaType": "text/plain" } ]
                }
                """, StandardCharsets.UTF_8);
        Statement statement = StatementJson.read(json, Attachments.withDefaultLimit());
        assertEquals(StatementKind.ANSWER, statement.getKind());
        assertEquals(LocalDate.of(2021, 5, 20), Dates.of(statement.getReceivedOn()));
        assertEquals("Firewall-Logs, Alarm bei Abfluss über 1 GB", statement.getMonitoring());
        assertEquals(3, statement.getMeasures().size());
        assertEquals(MeasureKind.MSERT, statement.getMeasures().get(2).getKind());
        assertEquals("KB5000871", statement.getMeasures().get(0).getDescription());
        assertEquals(1, statement.getAttachments().size());
        assertEquals("msert.log", statement.getAttachments().get(0).getFileName());
        assertEquals(20L, statement.getAttachments().get(0).getSize());
        assertArrayEquals("No infection found.\n".getBytes(StandardCharsets.UTF_8), statement.getAttachments().get(0).getContent());
    }

    @Test
    public void errorsNameTheFileAndTheMember() {
        assertError("statement.json: measures[2].date: '2021-13-01' is not a date (YYYY-MM-DD)", """
                {"received": "2021-05-20", "kind": "ANSWER", "measures": [
                  {"date": "2021-03-03", "kind": "PATCH_INSTALLED"}, {"date": "2021-03-04", "kind": "MSERT"},
                  {"date": "2021-13-01", "kind": "EOMT"}]}""");
        assertError("statement.json: kind: 'MAYBE' is not one of [ANSWER, NO_EXCHANGE, MICROSOFT_365_CONFIRMED, REFUSAL, NO_ANSWER]",
                "{\"received\": \"2021-05-20\", \"kind\": \"MAYBE\"}");
        assertError("statement.json: received: missing", "{\"kind\": \"ANSWER\"}");
        assertError("statement.json: monitorng: unknown member (known: received, kind, summary, monitoring, refusalReason, measures, attachments)",
                "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"monitorng\": \"x\"}");
        assertError("statement.json: measures: expected an array, found an object",
                "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"measures\": {}}");
        assertError("statement.json: line 2, column 3: Unexpected character ('\"'): was expecting comma to separate Object entries",
                "{\"received\": \"2021-05-20\"\n  \"kind\": \"ANSWER\"}");
        assertError("statement.json: line 1, column 17: Unexpected end-of-input: was expecting closing quote for a string value",
                "{\"kind\": \"ANSWER");
    }

    /** Strict JSON only, every refusal with its line and column: what a hand-edited file gets wrong. */
    @Test
    public void onlyStrictJsonIsRead() {
        String start = "{\"received\": \"2021-05-20\",\n \"kind\": \"ANSWER\"";
        assertError("statement.json: line 2, column 19: Unexpected character ('}'): was expecting double-quote to start field name",
                start + ",}");
        assertError("statement.json: line 2, column 19: Unexpected character ('/'): maybe a (non-standard) comment?"
                + " (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)", start + " // Stand Mai\n}");
        assertError("statement.json: line 1, column 2: Unexpected character ('''): was expecting double-quote to start field name",
                "{'received': '2021-05-20'}");
        assertError("statement.json: line 2, column 26: Duplicate field 'kind'", start + ", \"kind\": \"REFUSAL\"}");
        assertError("statement.json: line 2, column 20: unexpected text after the end of the document", start + "} {}");
        assertError("statement.json: line 1, column 1: unexpected end of the document", "");
        assertError("statement.json: line 1, column 1015: Number value length (1001) exceeds the maximum allowed (1000)",
                "{\"received\": " + "1".repeat(1001) + "}");
    }

    @Test
    public void aMissingAttachmentIsAnError() {
        BadInputException e = assertThrows(BadInputException.class, () -> StatementJson.parse("statement.json",
                "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"attachments\": [{\"file\": \"gone.pdf\"}]}",
                folder.getRoot().toPath(), Attachments.withDefaultLimit()));
        assertEquals(true, e.getMessage().startsWith("statement.json: attachments[0].file: cannot read '"));
    }

    /** Hostile statements: nesting that would exhaust the stack, texts beyond their limit, a file beyond 4 MB. */
    @Test
    public void theInputIsBounded() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertError("statement.json: line 1, column 65: nested deeper than 64 levels", deep);
        assertError("statement.json: line 1, column 435: nested deeper than 64 levels",
                "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"summary\": " + "{\"a\": ".repeat(100_000) + "}");
        String within = "[".repeat(64) + "]".repeat(64);
        assertError("statement.json: (document): expected an object, found an array", within);

        String measures = "{\"date\": \"2021-03-03\", \"kind\": \"OTHER\"}, ".repeat(2);
        assertError("statement.json: measures[2].description: 70,000 characters, at most 65,536",
                "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"measures\": [" + measures
                        + "{\"date\": \"2021-03-03\", \"kind\": \"OTHER\", \"description\": \"" + "x".repeat(70_000) + "\"}]}");
        for (String member : new String[] { "summary", "monitoring", "refusalReason" }) {
            assertError("statement.json: " + member + ": 65,537 characters, at most 65,536", "{\"received\": \"2021-05-20\", "
                    + "\"kind\": \"ANSWER\", \"" + member + "\": \"" + "ä".repeat(65_537) + "\"}");
        }
        assertEquals(65_536, StatementJson.parse("statement.json", "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", "
                + "\"summary\": \"" + "ä".repeat(65_536) + "\"}", folder.getRoot().toPath(), Attachments.withDefaultLimit())
                .getSummary().length());
        assertError("statement.json: attachments[0].mediaType: 201 characters, at most 200", "{\"received\": \"2021-05-20\", "
                + "\"kind\": \"ANSWER\", \"attachments\": [{\"file\": \"a.log\", \"mediaType\": \"" + "t".repeat(201) + "\"}]}");

        Path large = folder.getRoot().toPath().resolve("large.json");
        Files.writeString(large, "{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\"}" + " ".repeat(4 * 1024 * 1024));
        BadInputException e = assertThrows(BadInputException.class, () -> StatementJson.read(large, Attachments.withDefaultLimit()));
        assertEquals("large.json: larger than 4 MB", e.getMessage());
    }

    private void assertError(String expected, String json) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> StatementJson.parse("statement.json", json, folder.getRoot().toPath(), Attachments.withDefaultLimit()));
        assertEquals(expected, e.getMessage());
    }
}
