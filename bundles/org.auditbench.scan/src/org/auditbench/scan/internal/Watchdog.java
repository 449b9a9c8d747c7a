package org.auditbench.scan.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes what has not finished by its deadline: one timer thread per scan run, so that a connection
 * waiting for an answer needs no thread of its own to be bounded in time.
 */
final class Watchdog implements AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "auditbench-scan-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Closes {@code target} at {@code deadline} ({@link System#nanoTime()}) unless the alarm is cancelled first. */
    Alarm closeAt(long deadline, Closeable target) {
        try {
            ScheduledFuture<?> task = timer.schedule(() -> closeQuietly(target), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            return () -> task.cancel(false);
        } catch (RejectedExecutionException e) {
            // the run is over (a check it abandoned still runs): nothing may wait any more
            closeQuietly(target);
            return () -> {
            };
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static void closeQuietly(Closeable target) {
        try {
            target.close();
        } catch (IOException e) {
            // the deadline has passed either way
        }
    }

    /** A pending close; cancelling after it went off is harmless. */
    @FunctionalInterface
    interface Alarm {
        void cancel();
    }
}
