package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.auditbench.cli.internal.store.StatusCommand;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.tests.ChildJvm;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * On a terminal, a command on an encrypted store given no password asks for it (instead of showing it in
 * {@code ps}). The command runs in a second JVM on a pseudo terminal made by {@code script} (util-linux);
 * the test types at the prompt.
 */
public class PasswordPromptTest {

    private static final String PASSWORD = "Korrekt-Pferd-Batterie-42";
    private static final String PROMPT = "boot password of the store in";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theRightPasswordTypedAtThePromptOpensTheStore() throws Exception {
        Path data = encryptedStore();
        Terminal run = statusOnATerminal(data, PASSWORD);
        assertEquals(run.output, 0, run.code);
        assertTrue(run.output, run.output.matches("(?s).*institution +1\\s.*"));
    }

    @Test
    public void aWrongPasswordTypedAtThePromptIsBadInput() throws Exception {
        Path data = encryptedStore();
        Terminal run = statusOnATerminal(data, "falsch-falsch");
        assertEquals(run.output, 1, run.code);
        assertTrue(run.output, run.output.contains("the boot password is missing or wrong"));
    }

    private Path encryptedStore() throws IOException {
        Path data = folder.newFolder("data").toPath();
        try (AuditStore store = AuditStore.open(data, StoreOptions.defaults().withBootPassword(PASSWORD))) {
            Institution institution = AuditFactory.eINSTANCE.createInstitution();
            institution.setName("Pfarrei St. Marien");
            store.institutions().save(institution);
        }
        return data;
    }

    private record Terminal(int code, String output) {
    }

    private static Terminal statusOnATerminal(Path data, String typed) throws Exception {
        String command = String.join(" ", quoted(ChildJvm.javaCommand()), "-cp",
                quoted(ChildJvm.classPath(StatusMain.class, StatusCommand.class)), StatusMain.class.getName(), quoted(data.toString()));
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().remove("AUDITBENCH_DB_PASSWORD");
        Process child = builder.start();
        StringBuffer output = new StringBuffer();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(child, output));
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (output.indexOf(PROMPT) < 0) {
                if (!child.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new AssertionError("no password prompt: " + output);
                }
                Thread.sleep(20);
            }
            child.getOutputStream().write((typed + "\n").getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            assertTrue("the command ended: " + output, child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.getOutputStream().close();
            child.destroy();
        }
        reader.get(10, TimeUnit.SECONDS);
        return new Terminal(child.exitValue(), output.toString());
    }

    /** The prompt ends without a line break: read characters, not lines. */
    private static void read(Process child, StringBuffer output) {
        try (Reader in = new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                output.append(buffer, 0, n);
            }
        } catch (IOException e) {
            // the terminal closed
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
