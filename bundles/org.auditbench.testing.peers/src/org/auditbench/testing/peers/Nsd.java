package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real NSD, authoritative for the given zones, in the foreground, configured in its own folder. */
public final class Nsd implements AutoCloseable {

    private final DaemonProcess process;
    private final InetSocketAddress address;

    private Nsd(DaemonProcess process, InetSocketAddress address) {
        this.process = process;
        this.address = address;
    }

    /**
     * Starts NSD on {@code ip} at a free port (UDP and TCP) and waits until it answers.
     *
     * @param dir an empty folder for configuration, zone files and NSD's state
     */
    public static Nsd start(Path dir, String ip, List<Zone> zones) throws IOException {
        String nsd = Processes.find("nsd");
        if (nsd == null) {
            throw new IOException("nsd is not installed (apt-get install nsd; see releng/scripts/system-packages.sh)");
        }
        Files.createDirectories(dir);
        int port = freePort(InetAddress.getByName(ip));
        StringBuilder conf = new StringBuilder();
        conf.append("server:\n  ip-address: ").append(ip).append('@').append(port).append('\n');
        conf.append("  database: \"\"\n  username: \"\"\n  chroot: \"\"\n  hide-version: yes\n  verbosity: 1\n  server-count: 2\n");
        // no response rate limiting: a scan's bursts (DNSSEC validation chases keys) must not be dropped
        conf.append("  rrl-ratelimit: 0\n");
        conf.append("  zonesdir: \"").append(dir).append("\"\n");
        conf.append("  pidfile: \"").append(dir.resolve("nsd.pid")).append("\"\n");
        conf.append("  xfrdfile: \"").append(dir.resolve("xfrd.state")).append("\"\n");
        conf.append("  zonelistfile: \"").append(dir.resolve("zone.list")).append("\"\n");
        conf.append("  xfrdir: \"").append(dir).append("\"\n");
        conf.append("remote-control:\n  control-enable: no\n");
        for (Zone zone : zones) {
            Path file = dir.resolve(zone.origin() + ".zone");
            Files.writeString(file, zone.text(ip), StandardCharsets.UTF_8);
            if (zone.keys() != null) {
                file = zone.keys().sign(file, zone.origin());
            }
            conf.append("zone:\n  name: \"").append(zone.origin()).append("\"\n  zonefile: \"").append(file).append("\"\n");
        }
        Path config = dir.resolve("nsd.conf");
        Files.writeString(config, conf, StandardCharsets.UTF_8);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(ip), port);
        DaemonProcess process = new DaemonProcess("nsd", List.of(nsd, "-d", "-c", config.toString()), dir.resolve("nsd.log"));
        try {
            process.awaitListening(address, 10_000);
        } catch (IOException e) {
            process.close();
            throw e;
        }
        return new Nsd(process, address);
    }

    /** A port that is free for both UDP and TCP on the address (at the time of asking). */
    static int freePort(InetAddress ip) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, ip)) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(ip, port))) {
                    return port;
                } catch (IOException e) {
                    // taken for UDP: try another
                }
            }
        }
        throw new IOException("no free port on " + ip.getHostAddress());
    }

    /** Where it answers: give this to the scan as its DNS server. */
    public InetSocketAddress address() {
        return address;
    }

    public String log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }
}
