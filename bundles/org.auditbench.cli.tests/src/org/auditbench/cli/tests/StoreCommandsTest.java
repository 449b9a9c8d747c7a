package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.store.BackupCommand;
import org.auditbench.cli.internal.store.DemoCommand;
import org.auditbench.cli.internal.store.ExportCommand;
import org.auditbench.cli.internal.store.ImportCommand;
import org.auditbench.cli.internal.store.RestoreCommand;
import org.auditbench.cli.internal.store.StatusCommand;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The store commands run in-process as the CLI application runs them: exit codes, output, database. */
public class StoreCommandsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void importStatusExportBackupRestore() throws Exception {
        Path data = folder.newFolder("data").toPath();
        Path csv = write("institutions.csv", "Name;Ort;Mail-Domänen\nPfarrei St. Marien;Musterstadt;st-marien.example\n"
                + "Kita Sonnenschein;Musterstadt;kita-sonnenschein.test\n");
        assertEquals(ExitCode.OK, run(new ImportCommand(), data, csv.toString()));
        assertTrue(out(), out().contains("institutions.csv: 2 institution(s) created, 0 updated"));

        assertEquals(ExitCode.OK, run(new StatusCommand(), data));
        assertTrue(out(), out().matches("(?s).*institution +2\n.*mail_domain +2\n.*schema_version +5\n.*"));

        Path export = folder.getRoot().toPath().resolve("export.csv");
        assertEquals(ExitCode.OK, run(new ExportCommand(), data, "--institutions", export.toString()));
        assertTrue(Files.readString(export).contains("Kita Sonnenschein;;;;Musterstadt;kita-sonnenschein.test;"));

        Path backup = folder.getRoot().toPath().resolve("backup");
        assertEquals(ExitCode.OK, run(new BackupCommand(), data, backup.toString()));
        assertEquals(ExitCode.OK, run(new ImportCommand(), data,
                write("more.csv", "Name;Mail domains\nSpäter;spaeter.example\n").toString()));
        assertEquals(3, institutions(data));
        assertEquals(ExitCode.OK, run(new RestoreCommand(), data, backup.toString()));
        assertEquals(2, institutions(data));
    }

    @Test
    public void aBadImportSaysWhatAndWhereAndChangesNothing() throws Exception {
        Path data = folder.newFolder("data").toPath();
        Path csv = write("institutions.csv", "Name;Mail domains\nGut;gut.example\nSchlecht;x..y\n");
        assertEquals(ExitCode.BAD_INPUT, run(new ImportCommand(), data, csv.toString()));
        assertTrue(err(), err().contains("institutions.csv:3: mail domain 'x..y' is not a valid domain name"));
        assertTrue(err(), err().contains("nothing imported"));
        assertEquals(0, institutions(data));
        assertEquals(ExitCode.BAD_INPUT, run(new ImportCommand(), data, folder.getRoot() + "/missing.csv"));
        assertTrue(err(), err().contains("missing.csv: no such file"));
        assertEquals(ExitCode.BAD_INPUT, run(new RestoreCommand(), data, folder.newFolder("no-backup").toString()));
    }

    @Test
    public void aRefusedRestoreExitsWithOneAndLeavesTheStoreAsItWas() throws Exception {
        Path data = folder.newFolder("data").toPath();
        Path backup = folder.getRoot().toPath().resolve("backup");
        assertEquals(ExitCode.OK, run(new ImportCommand(), data,
                write("two.csv", "Name;Mail domains\nEins;eins.example\nZwei;zwei.example\n").toString()));
        assertEquals(ExitCode.OK, run(new BackupCommand(), data, backup.toString()));
        assertEquals(ExitCode.OK, run(new ImportCommand(), data, write("one.csv", "Name;Mail domains\nDrei;drei.example\n").toString()));

        Path junk = folder.newFolder("junk", "db").toPath();
        Files.writeString(junk.resolve("service.properties"), "kein=Backup\n");
        try (Stream<Path> segments = Files.list(backup.resolve("db/seg0"))) {
            for (Path segment : segments.filter(f -> f.toString().endsWith(".dat")).sorted().toList().subList(0, 20)) {
                Files.delete(segment);
            }
        }
        for (Path wrong : List.of(junk.getParent(), data, data.resolve("db"), backup)) {
            assertEquals(wrong.toString(), ExitCode.BAD_INPUT, run(new RestoreCommand(), data, wrong.toString()));
            assertTrue(err(), err().startsWith("auditbench: ") && err().contains(wrong.toString()));
            assertEquals(ExitCode.OK, run(new StatusCommand(), data));
            assertTrue(out(), out().matches("(?s).*institution +3\n.*mail_domain +3\n.*"));
        }
    }

    @Test
    public void aBackupIntoANonEmptyFolderOrTheDataDirectoryIsRefused() throws Exception {
        Path data = folder.newFolder("data").toPath();
        assertEquals(ExitCode.OK, run(new DemoCommand(), data));
        Path used = folder.newFolder("used").toPath();
        Files.writeString(used.resolve("notes.txt"), "keep me");
        for (Path wrong : List.of(used, data, data.resolve("db"))) {
            assertEquals(wrong.toString(), ExitCode.BAD_INPUT, run(new BackupCommand(), data, wrong.toString()));
            assertTrue(err(), err().contains(wrong.toString()));
        }
        assertEquals("keep me", Files.readString(used.resolve("notes.txt")));
        assertEquals(1, Files.list(used).count());
    }

    @Test
    public void aPasswordOnTheCommandLineIsWarnedAbout() throws Exception {
        Path data = folder.newFolder("data").toPath();
        assertEquals(ExitCode.OK, run(new DemoCommand(), data, "--password", "Geheim-123"));
        assertTrue(err(), err().contains("warning: --password shows in the process list (ps)"));
        assertTrue(err(), err().contains("AUDITBENCH_DB_PASSWORD"));
        assertEquals(ExitCode.OK, run(new StatusCommand(), data, "--password=Geheim-123"));
        assertTrue(err(), err().contains("warning: --password shows in the process list (ps)"));
    }

    @Test
    public void aPasswordForAnUnencryptedStoreIsBadInput() throws Exception {
        Path data = folder.newFolder("data").toPath();
        assertEquals(ExitCode.OK, run(new DemoCommand(), data));
        assertEquals(ExitCode.BAD_INPUT, run(new StatusCommand(), data, "--password", "Geheim-123"));
        assertTrue(err(), err().contains("is not encrypted"));
    }

    /** "-" means standard output, as for every command that writes a file; the count goes to standard error then. */
    @Test
    public void exportToStandardOutput() throws Exception {
        Path data = folder.newFolder("data").toPath();
        assertEquals(ExitCode.OK, run(new ImportCommand(), data,
                write("institutions.csv", "Name;Ort;Mail-Domänen;Ansprechpartner\nKita Sonnenschein;Musterstadt;kita.test;=1+2\n").toString()));
        assertEquals(ExitCode.OK, run(new ExportCommand(), data, "--institutions", "-"));
        assertEquals("\uFEFFName;Kind;Street;Postcode;City;Mail domains;Contact person;Contact e-mail;File number;Reported breach\r\n"
                + "Kita Sonnenschein;;;;Musterstadt;kita.test;'=1+2;;;no\r\n", out());
        assertEquals("1 institution(s) written to standard output\n", err());
        assertFalse("no file named '-'", Files.exists(Path.of("-")));
    }

    @Test(expected = UsageException.class)
    public void exportWithoutItsOptionIsAUsageError() throws Exception {
        run(new ExportCommand(), folder.newFolder("data").toPath(), "institutions.csv");
    }

    @Test
    public void anEncryptedStoreNeedsItsPassword() throws Exception {
        Path data = folder.newFolder("data").toPath();
        assertEquals(ExitCode.OK, run(new DemoCommand(), data, "--password", "Geheim-123"));
        assertTrue(out(), out().contains("demo institution(s) loaded"));
        assertEquals(ExitCode.BAD_INPUT, run(new StatusCommand(), data));
        assertTrue(err(), err().contains("boot password is missing or wrong"));
        assertEquals(ExitCode.BAD_INPUT, run(new StatusCommand(), data, "--password=falsch"));
        assertEquals(ExitCode.OK, run(new StatusCommand(), data, "--password=Geheim-123"));
        assertEquals(ExitCode.OK, run(new DemoCommand(), data, "--password", "Geheim-123"));
        assertTrue(out(), out().contains("the store is not empty"));
    }

    private int run(CliCommand command, Path data, String... args) throws Exception {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return command.run(List.of(args), new CliContext(data, o, e));
        }
    }

    private static long institutions(Path data) {
        try (AuditStore store = AuditStore.open(data)) {
            return store.institutions().count();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
