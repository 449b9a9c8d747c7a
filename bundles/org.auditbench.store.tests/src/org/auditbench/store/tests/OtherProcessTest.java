package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreInUseException;
import org.auditbench.store.StoreOptions;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The store seen from a second JVM: a process killed with SIGKILL in the middle of a large save leaves
 * a database that reopens with the old state, never a part of the save; and while one process has the
 * store open, another can neither open it nor restore a backup over it (one writer at a time).
 */
public class OtherProcessTest {

    private static final int DOMAINS = 400;
    private static final int OBSERVATIONS = 60;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aKilledSaveLeavesTheOldState() throws Exception {
        Path data = folder.getRoot().toPath();
        Map<String, Long> before;
        try (AuditStore store = AuditStore.open(data)) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().save(institution);
            store.scanRuns().save(ModelSamples.scanRun(institution, 3));
            before = store.counts();
        }

        Process child = new ProcessBuilder(ChildJvm.javaCommand(), "-cp", ChildJvm.classPath(LargeSaveMain.class),
                LargeSaveMain.class.getName(), data.toString(),
                String.valueOf(DOMAINS), String.valueOf(OBSERVATIONS)).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readLines(child, output));
        waitFor(output, LargeSaveMain.SAVING, child);
        Thread.sleep(400);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no Derby shutdown
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        reader.get(10, TimeUnit.SECONDS);
        assertFalse("the save finished before the kill; make it larger: " + output, output.contains(LargeSaveMain.SAVED));

        try (AuditStore store = AuditStore.open(data)) {
            Map<String, Long> after = store.counts();
            assertEquals("the old state, nothing of the killed save", before, after);
            // And the store works on: the same save now completes.
            Institution institution = store.institutions().loadAll().get(0);
            ScanRun run = ModelSamples.scanRun(institution, 2);
            store.scanRuns().save(run);
            assertEquals(2, store.scanRuns().list().size());
        }
    }

    @Test
    public void asLongAsOneProcessHasTheStoreOpenAnotherCannotOpenIt() throws Exception {
        Path data = folder.getRoot().toPath();
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(ModelSamples.institution("Pfarrei St. Marien", "st-marien.example"));
            Process child = new ProcessBuilder(ChildJvm.javaCommand(), "-cp", ChildJvm.classPath(LargeSaveMain.class),
                    LargeSaveMain.class.getName(), data.toString(), "1", "1").redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertTrue(output, child.exitValue() != 0 && output.contains("StoreInUseException")
                    && output.contains("is open in another Auditbench process"));
            assertEquals("the refused process changed nothing", 0, store.scanRuns().list().size());
        }
    }

    @Test
    public void restoreIsRefusedWhileAnotherProcessHasTheStoreOpen() throws Exception {
        Path data = folder.newFolder("data").toPath();
        Path backup = folder.getRoot().toPath().resolve("backup");
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().save(ModelSamples.institution("Pfarrei St. Marien", "st-marien.example"));
            store.backup(backup);
            store.institutions().save(ModelSamples.institution("Nach dem Backup", "nach.example"));
        }
        Process child = new ProcessBuilder(ChildJvm.javaCommand(), "-cp", ChildJvm.classPath(HoldOpenMain.class), HoldOpenMain.class.getName(),
                data.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readLines(child, output));
        try {
            waitFor(output, HoldOpenMain.OPEN, child);
            try {
                AuditStore.restore(data, backup, StoreOptions.defaults()).close();
                fail("restored while another process had the store open");
            } catch (StoreInUseException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("is open in another Auditbench process"));
            }
        } finally {
            child.getOutputStream().close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.get(10, TimeUnit.SECONDS);
        }
        assertEquals("the holder closed its store cleanly: " + output, 0, child.exitValue());
        try (AuditStore store = AuditStore.open(data)) {
            assertEquals("the live database is untouched", 2, store.institutions().count());
        }
    }

    private static void waitFor(List<String> output, String line, Process child) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!snapshot(output).contains(line)) {
            if (!child.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("the other process did not print " + line + ": " + snapshot(output));
            }
            Thread.sleep(20);
        }
    }

    private static List<String> snapshot(List<String> output) {
        synchronized (output) {
            return new ArrayList<>(output);
        }
    }

    private static void readLines(Process child, List<String> output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }
}
