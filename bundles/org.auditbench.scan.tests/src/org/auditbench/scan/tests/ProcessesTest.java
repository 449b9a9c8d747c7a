package org.auditbench.scan.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.List;

import org.auditbench.testing.peers.Processes;
import org.junit.Test;

/**
 * The peers stop NSD and Postfix through their command-line tools with a time limit. A tool that hangs
 * with its output still open (Postfix's stop script waiting on its logger, seen with 10,000 addresses)
 * must not hang the test or benchmark that stops it.
 */
public class ProcessesTest {

    @Test
    public void aCommandThatHangsWithItsOutputOpenIsStoppedAtItsTimeLimit() throws Exception {
        long start = System.nanoTime();
        try {
            Processes.run(List.of("sh", "-c", "echo begun; sleep 30"), null, 1);
            fail("a command sleeping 30 s ended within its limit of 1 s");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("did not finish within 1 s"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("waited " + millis + " ms for a limit of 1 s", millis < 10_000);
    }

    @Test
    public void theOutputOfACommandIsReturnedAndAFailureNamed() throws Exception {
        assertEquals("eins\nzwei\n", Processes.run(List.of("sh", "-c", "echo eins; echo zwei >&2; echo zwei"), null, 10));
        try {
            Processes.run(List.of("sh", "-c", "exit 3"), null, 10);
            fail("exit code 3 was taken for success");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("exit code 3"));
        }
    }
}
