package org.auditbench.testing.exchange;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.auditbench.testing.peers.TlsMaterial;

/** The listening socket of an {@link ExchangeStandIn}: its address, and its certificate when it speaks TLS. */
final class StandInSocket {

    private static final int ADDRESSES = 10 * 254;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(ADDRESSES));
    private static final Map<Boolean, SSLContext> TLS = new HashMap<>();

    private StandInSocket() {
    }

    /** A different address of 127.0.30.0 - 127.0.39.255 on each call (not .0 or .255 in the last byte). */
    static InetAddress randomAddress() {
        int n = Math.floorMod(NEXT_ADDRESS.getAndIncrement(), ADDRESSES);
        try {
            return InetAddress.getByAddress(new byte[] { 127, 0, (byte) (30 + n / 254), (byte) (1 + n % 254) });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A bound server socket; without a given address a random one, tried again on another when it is
     * taken.
     *
     * @param tls whether the socket completes TLS handshakes
     * @param microsoft whether its certificate names Microsoft's cloud instead of the stand-in
     */
    static ServerSocket bind(boolean tls, boolean microsoft, InetAddress address, int port) throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            InetAddress bind = address != null ? address : randomAddress();
            ServerSocket socket = tls ? serverContext(microsoft).getServerSocketFactory().createServerSocket() : new ServerSocket();
            try {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(bind, port), 50);
                if (socket instanceof SSLServerSocket ssl) {
                    ssl.setUseClientMode(false);
                }
                return socket;
            } catch (BindException e) {
                socket.close();
                failures.add(e);
                if (address != null) {
                    break;
                }
            }
        }
        throw new IOException("cannot bind the Exchange stand-in: " + failures);
    }

    /**
     * Self-signed certificates made once per JVM with the test peers' openssl helper: the stand-in's own,
     * or one for Microsoft's cloud names.
     */
    private static synchronized SSLContext serverContext(boolean microsoft) throws IOException {
        SSLContext context = TLS.get(microsoft);
        if (context == null) {
            Path dir = Files.createTempDirectory("exchange-stand-in");
            String[] names = microsoft ? new String[] { "autodiscover.outlook.com", "*.outlook.com", "*.office365.com" }
                    : new String[] { ExchangeStandIn.CERTIFICATE_NAME, "*.example.test" };
            context = TlsMaterial.create(dir, names).serverContext();
            TLS.put(microsoft, context);
        }
        return context;
    }
}
