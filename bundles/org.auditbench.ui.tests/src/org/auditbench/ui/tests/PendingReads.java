package org.auditbench.ui.tests;

import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;

/**
 * Waits, on any thread and without running the event loop, until no job whose name contains a text is
 * waiting or running: a view's or editor's read is then done and its result queued for the UI thread,
 * where it runs after the current UI task. Lets a test put a save between a read and its result.
 */
final class PendingReads {

    private PendingReads() {
    }

    static void awaitNone(String nameContains) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (Arrays.stream(Job.getJobManager().find(null)).anyMatch(job -> job.getName().contains(nameContains))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("a job named with \"" + nameContains + "\" still runs after 20 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
