package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A UDP DNS forwarder in front of a real server (NSD) that can hold each answer back for a while, stay
 * silent on chosen questions (the client times out), answer chosen ones with SERVFAIL (a broken or
 * overloaded authoritative server) and counts the questions it has not answered yet: the most of them at
 * one time is what the client had in flight at least.
 */
public final class DnsProxy implements AutoCloseable {

    /** One question as the proxy sees it: the name (lower case, without the final dot) and the type code. */
    public record Question(String name, int type) {
        public static final int A = 1;
        public static final int AAAA = 28;
    }

    private final DatagramSocket socket;
    private final InetSocketAddress upstream;
    private final Duration delay;
    private final Predicate<Question> silentOn;
    private final Predicate<Question> servfailOn;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    private DnsProxy(DatagramSocket socket, InetSocketAddress upstream, Duration delay, Predicate<Question> silentOn,
            Predicate<Question> servfailOn) {
        this.socket = socket;
        this.upstream = upstream;
        this.delay = delay;
        this.silentOn = silentOn;
        this.servfailOn = servfailOn;
    }

    /**
     * Starts the proxy on {@code ip} at a free port.
     *
     * @param delay how long each answer is held back
     * @param silentOn the questions that get no answer at all
     */
    public static DnsProxy start(String ip, InetSocketAddress upstream, Duration delay, Predicate<Question> silentOn) throws IOException {
        return start(ip, upstream, delay, silentOn, q -> false);
    }

    /** As {@link #start(String, InetSocketAddress, Duration, Predicate)}; the questions {@code servfailOn} get SERVFAIL. */
    public static DnsProxy start(String ip, InetSocketAddress upstream, Duration delay, Predicate<Question> silentOn,
            Predicate<Question> servfailOn) throws IOException {
        InetAddress address = InetAddress.getByName(ip);
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, Nsd.freePort(address)));
        DnsProxy proxy = new DnsProxy(socket, upstream, delay, silentOn, servfailOn);
        Thread.ofVirtual().name("dns-proxy " + ip).start(proxy::serve);
        return proxy;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(new byte[1500], 1500);
                socket.receive(query);
                byte[] message = Arrays.copyOf(query.getData(), query.getLength());
                SocketAddress client = query.getSocketAddress();
                if (message.length > 12 && servfailOn.test(question(message))) {
                    socket.send(new DatagramPacket(servfail(message), message.length, client));
                } else if (message.length > 12 && !silentOn.test(question(message))) {
                    int now = open.incrementAndGet();
                    mostOpen.accumulateAndGet(now, Math::max);
                    Thread.ofVirtual().start(() -> forward(message, client));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void forward(byte[] message, SocketAddress client) {
        boolean counted = true;
        try (DatagramSocket out = new DatagramSocket()) {
            out.setSoTimeout(5_000);
            out.send(new DatagramPacket(message, message.length, upstream));
            DatagramPacket reply = new DatagramPacket(new byte[65_535], 65_535);
            out.receive(reply);
            Thread.sleep(delay);
            // no longer open before the client can have the answer (and send its next question)
            open.decrementAndGet();
            counted = false;
            socket.send(new DatagramPacket(reply.getData(), reply.getLength(), client));
            answered.incrementAndGet();
        } catch (IOException | InterruptedException e) {
            // the client will time out, as with a real server that lost the question
        } finally {
            if (counted) {
                open.decrementAndGet();
            }
        }
    }

    /** The query turned into its answer with RCODE 2 (SERVFAIL): QR and RA set, nothing else changed. */
    static byte[] servfail(byte[] query) {
        byte[] reply = query.clone();
        reply[2] |= (byte) 0x80;
        reply[3] = (byte) (reply[3] & 0xf0 | 0x80 | 2);
        return reply;
    }

    /** The first question of a query: labels from offset 12, then the type. */
    static Question question(byte[] message) {
        StringBuilder name = new StringBuilder();
        int i = 12;
        while (i < message.length && message[i] != 0) {
            int length = message[i] & 0xff;
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(message, i + 1, Math.min(length, message.length - i - 1), java.nio.charset.StandardCharsets.ISO_8859_1));
            i += length + 1;
        }
        int type = i + 2 < message.length ? (message[i + 1] & 0xff) << 8 | message[i + 2] & 0xff : 0;
        return new Question(name.toString().toLowerCase(Locale.ROOT), type);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** The most questions that were waiting for their answer at one time. */
    public int mostInFlight() {
        return mostOpen.get();
    }

    /** The questions answered so far. */
    public int answered() {
        return answered.get();
    }

    @Override
    public void close() {
        socket.close();
    }
}
