package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.GlobalOptions;
import org.auditbench.testing.postgres.PostgresServer;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench --db URL COMMAND}: the commands work on the store of a PostgreSQL server the test
 * starts, the login password comes from a pgpass file (never from the URL, never printed), and what
 * does not apply on a server (the file backup) is refused with the way to do it there.
 */
public class TeamModeCliTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theGlobalOptionsComeInAnyOrderBeforeTheCommand() throws Exception {
        GlobalOptions options = GlobalOptions.parse(List.of("--db", "jdbc:postgresql://db.example/auditbench?user=erika", "--data",
                "/tmp/erika", "status", "--db", "x"), Path.of("/default"), null);
        assertEquals(Path.of("/tmp/erika"), options.dataDirectory());
        assertEquals("jdbc:postgresql://db.example/auditbench?user=erika", options.databaseUrl());
        assertEquals("the command's own arguments stay", List.of("status", "--db", "x"), options.command());
        assertEquals("the start script's -Dauditbench.db", "jdbc:postgresql://h/db",
                GlobalOptions.parse(List.of("status"), Path.of("/default"), "jdbc:postgresql://h/db").databaseUrl());
        try {
            GlobalOptions.parse(List.of("--db"), Path.of("/default"), null);
            throw new AssertionError("--db without a value");
        } catch (UsageException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("--db needs a value"));
        }
    }

    @Test
    public void commandsWorkOnTheServerWithThePasswordFromThePgpassFile() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.newDatabase();
        Path data = folder.newFolder("data").toPath();
        Path csv = folder.getRoot().toPath().resolve("institutions.csv");
        Files.writeString(csv, "Name;Ort;Mail-Domänen\nPfarrei St. Marien;Musterstadt;st-marien.example\n");

        CliRun refused = CliRun.on(data, url, "status");
        assertEquals("no password anywhere: the server refuses", ExitCode.BAD_INPUT, refused.code());
        assertTrue(refused.err(), refused.err().contains("refused the login"));

        Path pgpass = data.resolve("pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\nother.example:*:*:*:nicht-dieses\n127.0.0.1:" + server.port()
                + ":*:" + PostgresServer.USER + ":" + server.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun readable = CliRun.on(data, url, "status");
        assertEquals(ExitCode.BAD_INPUT, readable.code());
        assertTrue(readable.err(), readable.err().contains("readable by others: chmod 600"));
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));

        CliRun imported = CliRun.on(data, url, "import", csv.toString());
        assertEquals(imported.err(), ExitCode.OK, imported.code());
        CliRun status = CliRun.on(data, url, "status");
        assertEquals(status.err(), ExitCode.OK, status.code());
        assertTrue(status.out(), status.out().matches("(?s).*institution +1\n.*schema_version +5\n.*"));
        assertFalse("no embedded database was made in the data directory", Files.exists(data.resolve("db")));
        assertFalse(status.out() + status.err(), (status.out() + status.err()).contains(server.password()));
    }

    @Test
    public void backupOnTheServerIsRefusedWithThePgDumpHint() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.newDatabase();
        Path data = folder.newFolder("data").toPath();
        Path backup = folder.getRoot().toPath().resolve("backup");
        CliRun run = CliRun.on(data, url, "backup", "--password", server.password(), backup.toString());
        assertEquals(run.err(), ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err(), run.err().contains("pg_dump") && run.err().contains("pg_restore"));
        assertFalse(Files.exists(backup));
        CliRun wrongUrl = CliRun.on(data, "jdbc:mysql://127.0.0.1/auditbench", "status");
        assertEquals(ExitCode.BAD_INPUT, wrongUrl.code());
        assertTrue(wrongUrl.err(), wrongUrl.err().contains("must begin with jdbc:postgresql:"));
    }

    @Test
    public void dbCopyGoesToTheServerAndBackAndRefusesATargetThatIsNotEmpty() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.newDatabase();
        Path data = folder.newFolder("data").toPath();
        Path pgpass = data.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:" + PostgresServer.USER + ":" + server.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Path csv = folder.getRoot().toPath().resolve("institutions.csv");
        Files.writeString(csv, "Name;Ort;Mail-Domänen\nPfarrei St. Marien;Musterstadt;st-marien.example\nKita Sonnenschein;Musterstadt;kita.example\n");
        assertEquals(ExitCode.OK, CliRun.of(data, "import", csv.toString()).code());

        CliRun toServer = CliRun.of(data, "db", "copy", "--to", url);
        assertEquals(toServer.err(), ExitCode.OK, toServer.code());
        assertTrue(toServer.out(), toServer.out().matches("(?s).*institution +2\n.*verified.*"));
        CliRun again = CliRun.of(data, "db", "copy", "--to", url);
        assertEquals(ExitCode.BAD_INPUT, again.code());
        assertTrue(again.err(), again.err().contains("is not empty"));

        Path back = folder.getRoot().toPath().resolve("back");
        CliRun fromServer = CliRun.on(data, url, "db", "copy", "--to", back.toString());
        assertEquals(fromServer.err(), ExitCode.OK, fromServer.code());
        CliRun status = CliRun.of(back, "status");
        assertTrue(status.out(), status.out().matches("(?s).*institution +2\n.*mail_domain +2\n.*"));
        assertEquals(ExitCode.BAD_INPUT, CliRun.of(data, "db", "copy", "--to").code());
    }
}
