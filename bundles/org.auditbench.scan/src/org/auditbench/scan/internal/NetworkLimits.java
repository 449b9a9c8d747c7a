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
 * second per target network (a token bucket with one second of burst); and on DNS queries waiting for
 * their answer.
 */
final class NetworkLimits {

    private final Semaphore global;
    private final int perHost;
    private final Map<InetAddress, Semaphore> hosts = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final long burstNanos;
    private final Map<String, long[]> nextSlot = new ConcurrentHashMap<>();
    private final Semaphore dnsQueries;
    private final int dnsLimit;

    NetworkLimits(ScanSettings settings) {
        this.global = new Semaphore(settings.concurrency());
        this.perHost = settings.perHostConcurrency();
        this.dnsLimit = settings.dnsQueriesInFlight();
        this.dnsQueries = new Semaphore(dnsLimit, true);
        int rate = settings.connectionsPerSecondPerNetwork();
        this.intervalNanos = rate <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / rate;
        this.burstNanos = rate <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) - intervalNanos;
    }

    /** Waits for a slot of the address and one of the run, then for the rate of the address's network. */
    Permit acquire(InetAddress address) throws InterruptedException {
        Semaphore host = host(address);
        host.acquire();
        try {
            global.acquire();
        } catch (InterruptedException e) {
            host.release();
            throw e;
        }
        return rated(address, host);
    }

    /**
     * A permit when both slots are free now, else {@code null}; the rate of the network may still make
     * it wait. For callers that already hold permits and must not wait for more while holding them.
     */
    Permit tryAcquire(InetAddress address) throws InterruptedException {
        Semaphore host = host(address);
        if (!host.tryAcquire()) {
            return null;
        }
        if (!global.tryAcquire()) {
            host.release();
            return null;
        }
        return rated(address, host);
    }

    /** Waits for {@code wanted} slots (at most all) of the run's DNS queries in flight, given back together. */
    Permit dnsQueries(int wanted) throws InterruptedException {
        int n = Math.min(wanted, dnsLimit);
        dnsQueries.acquire(n);
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    dnsQueries.release(n);
                }
            }
        };
    }

    private Semaphore host(InetAddress address) {
        return hosts.computeIfAbsent(address, a -> new Semaphore(perHost));
    }

    private Permit rated(InetAddress address, Semaphore host) throws InterruptedException {
        Permit permit = new HeldPermit(host);
        try {
            waitForRate(address);
        } catch (InterruptedException e) {
            permit.close();
            throw e;
        }
        return permit;
    }

    /** The two slots of one connection, given back once. */
    private final class HeldPermit implements Permit {
        private final Semaphore host;
        private boolean closed;

        HeldPermit(Semaphore host) {
            this.host = host;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                global.release();
                host.release();
            }
        }
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
