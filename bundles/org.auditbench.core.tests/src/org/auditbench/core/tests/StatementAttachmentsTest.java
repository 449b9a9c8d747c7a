package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.auditbench.core.AttachmentRefusedException;
import org.auditbench.core.Attachments;
import org.auditbench.core.BadInputException;
import org.auditbench.core.StatementJson;
import org.auditbench.model.Statement;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Evidence files named in a statement: only regular files inside the statement's folder (links
 * resolved), within the size limit; every refusal names the attachment's index and its file. Files the
 * auditor picks in the workbench obey the same rules except the folder.
 */
public class StatementAttachmentsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path statementFolder;
    private Path root;

    @Before
    public void evidence() throws Exception {
        statementFolder = folder.newFolder("statement", "of-st-marien").toPath();
        root = statementFolder.toRealPath();
        Files.writeString(statementFolder.resolve("msert.log"), "No infection found.\n");
        Files.createDirectories(statementFolder.resolve("logs"));
        Files.writeString(statementFolder.resolve("logs/eomt.log"), "EOMT: clean\n");
        Files.writeString(folder.getRoot().toPath().resolve("elsewhere.txt"), "not evidence\n");
    }

    @Test
    public void filesOutsideTheStatementsFolderAreRefused() throws Exception {
        Files.createSymbolicLink(statementFolder.resolve("passwd.log"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(statementFolder.resolve("sibling.log"), Path.of("../../elsewhere.txt"));
        for (String hostile : new String[] { "../../../../etc/passwd", "/etc/shadow", "/proc/self/environ", "passwd.log",
                "sibling.log", "logs/../../../elsewhere.txt" }) {
            assertRefused("statement.json: attachments[1].file: '" + hostile + "' lies outside the statement's folder " + root,
                    hostile, Attachments.withDefaultLimit());
        }
    }

    @Test
    public void filesInsideTheFolderAreReadAlsoThroughLinks() throws Exception {
        Files.createSymbolicLink(statementFolder.resolve("latest.log"), Path.of("logs/eomt.log"));
        Statement statement = parse(json("msert.log", "logs/eomt.log", "latest.log"), Attachments.withDefaultLimit());
        assertEquals(3, statement.getAttachments().size());
        assertEquals("eomt.log", statement.getAttachments().get(1).getFileName());
        assertEquals("latest.log", statement.getAttachments().get(2).getFileName());
        assertEquals("EOMT: clean\n", new String(statement.getAttachments().get(2).getContent(), StandardCharsets.UTF_8));
    }

    /** Opening a named pipe would block until someone writes into it, with the store's lock held. */
    @Test(timeout = 20_000)
    public void devicesPipesAndFoldersAreRefusedWithoutOpeningThem() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", statementFolder.resolve("pipe").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Files.createSymbolicLink(statementFolder.resolve("zero"), Path.of("/dev/zero"));
        assertRefused("statement.json: attachments[1].file: 'pipe' is not a regular file (but a folder, a device or a named pipe)",
                "pipe", Attachments.withDefaultLimit());
        assertRefused("statement.json: attachments[1].file: 'logs' is not a regular file (but a folder, a device or a named pipe)",
                "logs", Attachments.withDefaultLimit());
        // Chosen in the workbench's file dialog, the folder rule does not apply, the others do.
        for (String device : new String[] { "/dev/zero", statementFolder.resolve("zero").toString(),
                statementFolder.resolve("pipe").toString() }) {
            AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                    () -> Attachments.withDefaultLimit().read(Path.of(device), null));
            assertEquals("'" + device + "' is not a regular file (but a folder, a device or a named pipe)", e.text().english());
            assertEquals("„" + device + "“ ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät oder eine benannte Pipe)",
                    e.text().german());
        }
        assertEquals("not evidence\n", new String(Attachments.withDefaultLimit()
                .read(folder.getRoot().toPath().resolve("elsewhere.txt"), null).getContent(), StandardCharsets.UTF_8));
    }

    @Test
    public void theSizeLimitHoldsBeforeAndWhileReading() throws Exception {
        try (RandomAccessFile sparse = new RandomAccessFile(statementFolder.resolve("big.bin").toFile(), "rw")) {
            sparse.setLength(1024 * 1024 + 1);
        }
        assertRefused("statement.json: attachments[1].file: 'big.bin' is larger than 1 MB (the limit for one attachment)", "big.bin",
                Attachments.ofMegabytes(1));
        assertEquals(1024 * 1024 + 1, parse(json("msert.log", "big.bin"), Attachments.ofMegabytes(2)).getAttachments().get(1).getSize());
        // Files in /proc claim to be empty; the limit still holds while reading.
        Path environment = Path.of("/proc/self/environ");
        assertEquals(0L, Files.size(environment));
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> new Attachments(16).read(environment, null));
        assertEquals("'/proc/self/environ' is larger than 16 bytes (the limit for one attachment)", e.text().in(Locale.ENGLISH));
    }

    private void assertRefused(String expected, String file, Attachments attachments) {
        BadInputException e = assertThrows(file, BadInputException.class, () -> parse(json("msert.log", file), attachments));
        assertEquals(expected, e.getMessage());
    }

    private Statement parse(String json, Attachments attachments) throws BadInputException {
        return StatementJson.parse("statement.json", json, statementFolder, attachments);
    }

    private static String json(String... files) {
        StringBuilder json = new StringBuilder("{\"received\": \"2021-05-20\", \"kind\": \"ANSWER\", \"attachments\": [");
        for (int i = 0; i < files.length; i++) {
            json.append(i > 0 ? ", " : "").append("{\"file\": \"").append(files[i]).append("\"}");
        }
        return json.append("]}").toString();
    }
}
