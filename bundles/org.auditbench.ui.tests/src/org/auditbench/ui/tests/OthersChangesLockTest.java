package org.auditbench.ui.tests;

import static org.junit.Assert.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.auditbench.ui.internal.store.OthersChanges;
import org.junit.Test;

/**
 * The check for others' changes and a restore (or an own save) telling it what the store holds: the
 * restore holds the store while it tells the check, and the check may be waiting for the store at that
 * moment. Before, the check waited for the store inside its own lock, the restore waited for that lock,
 * and the workbench hung (seen as BackupRestoreTest hanging after Restore's OK, now and then).
 */
public class OthersChangesLockTest {

    @Test
    public void theStoreIsToldWhileTheCheckWaitsForTheStore() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch storeFree = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        OthersChanges watch = new OthersChanges("test", () -> {
            if (asked.incrementAndGet() == 2) {
                // the check, waiting for a store that a restore holds
                checking.countDown();
                awaitQuietly(storeFree);
            }
            return asked.get();
        }, () -> {
        });
        watch.known();
        watch.schedule();
        try {
            assertTrue("the check asks the store", checking.await(10, TimeUnit.SECONDS));
            CompletableFuture<Void> told = CompletableFuture.runAsync(watch::known);
            try {
                told.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("telling the check waited for the check, which waited for the store");
            }
        } finally {
            storeFree.countDown();
            watch.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
