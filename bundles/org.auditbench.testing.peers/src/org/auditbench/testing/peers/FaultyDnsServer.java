package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A tiny UDP DNS responder that answers every query badly: SERVFAIL, or an empty answer with the
 * truncation bit set (and no TCP listener, so the client cannot fetch the full answer).
 */
public final class FaultyDnsServer implements AutoCloseable {

    /** How it fails. */
    public enum Fault {
        SERVFAIL, TRUNCATED
    }

    private final DatagramSocket socket;
    private final Fault fault;

    private FaultyDnsServer(DatagramSocket socket, Fault fault) {
        this.socket = socket;
        this.fault = fault;
    }

    public static FaultyDnsServer start(String ip, Fault fault) throws IOException {
        InetAddress address = InetAddress.getByName(ip);
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, Nsd.freePort(address)));
        FaultyDnsServer server = new FaultyDnsServer(socket, fault);
        Thread.ofVirtual().name("faulty-dns " + fault).start(server::serve);
        return server;
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                if (query.getLength() < 12) {
                    continue;
                }
                byte[] reply = java.util.Arrays.copyOf(query.getData(), query.getLength());
                // header: keep ID and question; QR=1, keep opcode and RD, RA=1
                reply[2] = (byte) (0x80 | (reply[2] & 0x79) | (fault == Fault.TRUNCATED ? 0x02 : 0));
                reply[3] = (byte) (0x80 | (fault == Fault.SERVFAIL ? 2 : 0));
                // no answer, authority or additional records (drops an EDNS OPT record: additional count 0)
                reply[6] = reply[7] = reply[8] = reply[9] = reply[10] = reply[11] = 0;
                int questionEnd = questionEnd(reply);
                socket.send(new DatagramPacket(reply, questionEnd, query.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The offset after the first question (name labels, type, class). */
    private static int questionEnd(byte[] message) {
        int i = 12;
        while (i < message.length && message[i] != 0) {
            i += (message[i] & 0xff) + 1;
        }
        return Math.min(message.length, i + 5);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        socket.close();
    }
}
