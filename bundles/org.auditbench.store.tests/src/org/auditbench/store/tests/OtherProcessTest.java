package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

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

import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.Statement;
import org.auditbench.store.AuditStore;
import org.auditbench.store.SaveConflictException;
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
        try (AuditStore store = TestDatabase.open(data)) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            store.institutions().save(institution);
            store.scanRuns().save(ModelSamples.scanRun(institution, 3));
            before = store.counts();
        }

        Process child = largeSave(data, DOMAINS, OBSERVATIONS);
        List<String> output = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readLines(child, output));
        waitFor(output, LargeSaveMain.SAVING, child);
        Thread.sleep(400);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no Derby shutdown
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        reader.get(10, TimeUnit.SECONDS);
        assertFalse("the save finished before the kill; make it larger: " + output, output.contains(LargeSaveMain.SAVED));

        try (AuditStore store = TestDatabase.open(data)) {
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
    public void aClientKilledInTheMiddleOfASaveLeavesTheServerToTheOthers() throws Exception {
        assumeTrue("server only: an embedded store has one process", TestDatabase.onServer());
        Path data = folder.getRoot().toPath();
        try (AuditStore other = TestDatabase.open(data)) {
            Institution institution = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            other.institutions().save(institution);
            Map<String, Long> before = other.counts();
            Process child = largeSave(data, DOMAINS, OBSERVATIONS);
            List<String> output = new ArrayList<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readLines(child, output));
            waitFor(output, LargeSaveMain.SAVING, child);
            Thread.sleep(400);
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            reader.get(10, TimeUnit.SECONDS);
            assertFalse("the save finished before the kill; make it larger: " + output, output.contains(LargeSaveMain.SAVED));

            assertEquals("the server holds nothing of the killed save", before, other.counts());
            institution.setCity("Musterstadt");
            other.institutions().save(institution);
            other.scanRuns().save(ModelSamples.scanRun(institution, 2));
            assertEquals("the other client works on", 1, other.scanRuns().list().size());
        }
    }

    @Test
    public void aStepFromAnotherProcessOnTheSameCaseWinsAndTheLaterOneIsTold() throws Exception {
        assumeTrue("server only: an embedded store has one process", TestDatabase.onServer());
        Path data = folder.getRoot().toPath();
        try (AuditStore store = TestDatabase.open(data)) {
            Institution marien = ModelSamples.institution("Pfarrei St. Marien", "st-marien.example");
            Institution klinikum = ModelSamples.institution("Klinikum Beispielstadt", "klinikum.example");
            store.institutions().saveAll(List.of(marien, klinikum));
            Campaign campaign = ModelSamples.campaign(marien);
            campaign.getCases().add(ModelSamples.campaign(klinikum).getCases().get(0));
            store.campaigns().save(campaign);
            Campaign mine = store.campaigns().load(campaign.getId()).orElseThrow();

            ProcessBuilder builder = new ProcessBuilder(ChildJvm.javaCommand(), "-cp", ChildJvm.classPath(CaseStepMain.class),
                    CaseStepMain.class.getName(), data.toString(), TestDatabase.childUrl(data), String.valueOf(campaign.getId()), "0")
                    .redirectErrorStream(true);
            TestDatabase.passPassword(builder.environment());
            Process child = builder.start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertTrue(output, output.contains(CaseStepMain.RECORDED));

            Statement late = ModelSamples.statement();
            mine.getCases().get(0).getStatements().add(late);
            try {
                store.campaigns().save(mine.getCases().get(0), List::of);
                fail("saved over the other process's step");
            } catch (SaveConflictException e) {
                assertEquals(CaseStepMain.ACTOR, e.changedBy());
            }
            Statement other = ModelSamples.statement();
            mine.getCases().get(1).getStatements().add(other);
            store.campaigns().save(mine.getCases().get(1), List::of);

            Campaign stored = store.campaigns().load(campaign.getId()).orElseThrow();
            assertEquals(List.of("Patch am 10.03. installiert", "aus dem anderen Prozess"),
                    stored.getCases().get(0).getStatements().stream().map(Statement::getSummary).toList());
            assertEquals(2, stored.getCases().get(1).getStatements().size());
        }
    }

    private static Process largeSave(Path data, int domains, int observations) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.javaCommand(), "-cp", ChildJvm.classPath(LargeSaveMain.class),
                LargeSaveMain.class.getName(), data.toString(), String.valueOf(domains), String.valueOf(observations),
                TestDatabase.childUrl(data)).redirectErrorStream(true);
        TestDatabase.passPassword(builder.environment());
        return builder.start();
    }

    @Test
    public void asLongAsOneProcessHasTheStoreOpenAnotherCannotOpenIt() throws Exception {
        TestDatabase.assumeEmbedded(); // a server serves many clients
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
        TestDatabase.assumeEmbedded();
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
