package org.auditbench.scan.internal;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.auditbench.model.PortStatus;
import org.auditbench.scan.Network.Permit;
import org.auditbench.scan.PortProbe;

/**
 * A TCP connect scan of some ports of one address, like {@code nmap -sT}, in the calling thread: the
 * connects start non-blocking, together as far as the limits allow, and are finished in the order they
 * started: the oldest one is waited for (the watchdog closes it at its deadline), which gives its permit
 * back for the next port. Each connection is closed as soon as its state is known.
 * <p>
 * It waits for a permit only while it holds none, so scans of many addresses cannot hold each other's
 * permits in a circle.
 */
final class ConnectScan {

    private final InetAddress address;
    private final long timeoutNanos;
    private final NetworkLimits limits;
    private final Watchdog watchdog;

    ConnectScan(InetAddress address, Duration timeout, NetworkLimits limits, Watchdog watchdog) {
        this.address = address;
        this.timeoutNanos = timeout.toNanos();
        this.limits = limits;
        this.watchdog = watchdog;
    }

    /**
     * @return one probe per port, in the order of {@code ports}
     * @throws IOException when a socket cannot be made at all (e.g. no file descriptors left)
     */
    List<PortProbe> run(List<Integer> ports) throws IOException, InterruptedException {
        PortProbe[] probes = new PortProbe[ports.size()];
        ArrayDeque<Attempt> waiting = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < ports.size() || !waiting.isEmpty()) {
                while (next < ports.size()) {
                    Permit permit = waiting.isEmpty() ? limits.acquire(address) : limits.tryAcquire(address);
                    if (permit == null) {
                        break;
                    }
                    Attempt attempt = new Attempt(next, ports.get(next), permit);
                    next++;
                    PortProbe probe = attempt.start();
                    if (probe != null) {
                        probes[attempt.index] = probe;
                    } else {
                        waiting.add(attempt);
                    }
                }
                Attempt oldest = waiting.pollFirst();
                if (oldest != null) {
                    probes[oldest.index] = oldest.await();
                }
            }
        } finally {
            waiting.forEach(Attempt::close);
        }
        return Arrays.asList(probes);
    }

    /** One connect; every way out of it closes the channel and gives the permit back. */
    private final class Attempt {
        final int index;
        final int port;
        private final Permit permit;
        private SocketChannel channel;
        private long started;

        Attempt(int index, int port, Permit permit) {
            this.index = index;
            this.port = port;
            this.permit = permit;
        }

        /** Starts the connect: the probe when it was answered at once, else {@code null}. */
        PortProbe start() throws IOException, InterruptedException {
            try {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
            } catch (IOException | RuntimeException e) {
                // no socket at all (no file descriptors left ...): a problem here, not an answer of the peer
                close();
                throw e;
            }
            started = System.nanoTime();
            try {
                return channel.connect(new InetSocketAddress(address, port)) ? done(PortStatus.OPEN, "connected in ") : null;
            } catch (IOException e) {
                return failed(e);
            } catch (RuntimeException e) {
                // e.g. an IPv6 address on a machine without IPv6
                close();
                throw e;
            }
        }

        /** The probe when the connect has been answered by now, else {@code null}. */
        PortProbe poll() throws IOException, InterruptedException {
            try {
                return channel.finishConnect() ? done(PortStatus.OPEN, "connected in ") : null;
            } catch (IOException e) {
                return failed(e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Waits for the answer until the deadline. */
        PortProbe await() throws IOException, InterruptedException {
            PortProbe now = poll();
            if (now != null) {
                return now;
            }
            long deadline = started + timeoutNanos;
            if (deadline - System.nanoTime() <= 0) {
                return unanswered();
            }
            Watchdog.Alarm alarm = watchdog.closeAt(deadline, channel);
            try {
                channel.configureBlocking(true);
                channel.finishConnect();
                return done(PortStatus.OPEN, "connected in ");
            } catch (IOException e) {
                return failed(e);
            } catch (RuntimeException e) {
                close();
                throw e;
            } finally {
                alarm.cancel();
            }
        }

        private PortProbe failed(IOException e) throws IOException, InterruptedException {
            if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
                close();
                throw new InterruptedException("port scan of " + address.getHostAddress() + " cancelled");
            }
            if (e instanceof ConnectException && !timedOut(e)) {
                return done(PortStatus.CLOSED, "refused in ");
            }
            if (e instanceof ClosedChannelException || timedOut(e)) {
                // the watchdog closed it at the deadline (or the kernel gave up first)
                return unanswered();
            }
            if (unreachable(e)) {
                // an ICMP answer ("No route to host", "Network is unreachable"); nmap also calls this filtered
                close();
                return new PortProbe(port, PortStatus.FILTERED, e.getMessage());
            }
            // a local problem (e.g. no local port left to connect from), not an answer of the peer
            close();
            throw e;
        }

        private static boolean timedOut(IOException e) {
            return e instanceof ConnectException && e.getMessage() != null && e.getMessage().contains("timed out");
        }

        private static boolean unreachable(IOException e) {
            if (e instanceof NoRouteToHostException) {
                return true;
            }
            String message = e instanceof SocketException && !(e instanceof BindException) ? e.getMessage() : null;
            return message != null && (message.contains("unreachable") || message.contains("Host is down"));
        }

        private PortProbe unanswered() {
            close();
            return new PortProbe(port, PortStatus.FILTERED, "no answer within " + timeoutNanos / 1_000_000 + " ms");
        }

        private PortProbe done(PortStatus status, String what) {
            long micros = (System.nanoTime() - started) / 1_000;
            close();
            return new PortProbe(port, status, what + micros / 1_000 + "." + micros / 100 % 10 + " ms");
        }

        void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // nothing left to learn from this connection
            } finally {
                permit.close();
            }
        }
    }
}
