package org.auditbench.scan.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;

import org.auditbench.scan.Connection;
import org.auditbench.scan.Network;
import org.auditbench.scan.TlsFacts;
import org.auditbench.scan.exchange.HttpsDialer;

/** Dials through the engine's network: scope guard, limits, bounded reads, certificate facts. */
final class EngineDialer implements HttpsDialer {

    private final Network network;

    EngineDialer(Network network) {
        this.network = network;
    }

    @Override
    public Channel connect(InetAddress address, int port) throws IOException, InterruptedException {
        Connection c = network.connect(address, port);
        return new Channel() {
            @Override
            public TlsFacts startTls(String serverName) throws IOException {
                return c.startTls(serverName);
            }

            @Override
            public InputStream input() throws IOException {
                return c.input();
            }

            @Override
            public OutputStream output() throws IOException {
                return c.output();
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }
}
