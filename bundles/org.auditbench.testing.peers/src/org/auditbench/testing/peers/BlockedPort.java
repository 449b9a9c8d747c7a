package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A port that swallows connection attempts without answer, like a firewall that drops: a listener that
 * never accepts, whose accept queue is filled by the peer itself. Linux then drops further SYNs, so a
 * connect times out (nmap: "filtered"). No root rules, no namespace needed.
 */
public final class BlockedPort implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    private BlockedPort(ServerSocket listener) {
        this.listener = listener;
    }

    public static BlockedPort open(String ip, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(ip), port), 1);
        BlockedPort blocked = new BlockedPort(listener);
        try {
            for (int i = 0; i < 16; i++) {
                Socket filler = new Socket();
                try {
                    filler.connect(listener.getLocalSocketAddress(), 300);
                    blocked.fillers.add(filler);
                } catch (SocketTimeoutException e) {
                    filler.close();
                    return blocked;
                }
            }
        } catch (IOException e) {
            blocked.close();
            throw e;
        }
        blocked.close();
        throw new IOException("the accept queue of " + ip + ":" + port + " did not fill up");
    }

    @Override
    public void close() {
        for (Socket filler : fillers) {
            try {
                filler.close();
            } catch (IOException e) {
                // already closed
            }
        }
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
