package org.auditbench.scan.internal;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.auditbench.scan.Network.Permit;
import org.auditbench.scan.ScanSettings;

/**
 * The run's limits on connections: open at the same time globally and per address, and started per
 * second per target network (a token bucket with one second of burst).
 */
final class NetworkLimits {

    private final Semaphore global;
    private final int perHost;
    private final Map<InetAddress, Semaphore> hosts = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final long burstNanos;
    private final Map<String, long[]> nextSlot = new ConcurrentHashMap<>();

    NetworkLimits(ScanSettings settings) {
        this.global = new Semaphore(settings.concurrency());
        this.perHost = settings.perHostConcurrency();
        int rate = settings.connectionsPerSecondPerNetwork();
        this.intervalNanos = rate <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / rate;
        this.burstNanos = rate <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) - intervalNanos;
    }

    Permit acquire(InetAddress address) throws InterruptedException {
        Semaphore host = hosts.computeIfAbsent(address, a -> new Semaphore(perHost));
        host.acquire();
        try {
            global.acquire();
        } catch (InterruptedException e) {
            host.release();
            throw e;
        }
        Permit permit = new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    global.release();
                    host.release();
                }
            }
        };
        try {
            waitForRate(address);
        } catch (InterruptedException e) {
            permit.close();
            throw e;
        }
        return permit;
    }

    /** Reserves the next start slot of the address's network (GCRA) and sleeps until it comes. */
    private void waitForRate(InetAddress address) throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long[] tat = nextSlot.computeIfAbsent(AddressRanges.network(address), n -> new long[] { System.nanoTime() });
        long startAt;
        synchronized (tat) {
            long now = System.nanoTime();
            long theoretical = Math.max(tat[0], now);
            startAt = theoretical - burstNanos;
            tat[0] = theoretical + intervalNanos;
        }
        long wait = startAt - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
