package org.auditbench.scan.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one network step per item on virtual threads and waits for all of them; the run's limits
 * (connections, DNS queries in flight) still apply to each step. Cancelling the caller cancels them all.
 */
final class SideBySide {

    /** One step that may wait for the network. */
    @FunctionalInterface
    interface Step<T, R> {
        R apply(T item) throws InterruptedException;
    }

    private SideBySide() {
    }

    /** The results in the order of {@code items}; the first item runs in the calling thread. */
    static <T, R> List<R> map(List<T> items, Step<T, R> step) throws InterruptedException {
        if (items.size() < 2) {
            List<R> results = new ArrayList<>();
            for (T item : items) {
                results.add(step.apply(item));
            }
            return results;
        }
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<R>> others = new ArrayList<>();
            for (T item : items.subList(1, items.size())) {
                others.add(threads.submit(() -> step.apply(item)));
            }
            List<R> results = new ArrayList<>();
            results.add(step.apply(items.get(0)));
            for (Future<R> other : others) {
                results.add(result(other));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
