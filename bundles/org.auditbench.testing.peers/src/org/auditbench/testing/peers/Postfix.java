package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A real, private Postfix instance ({@code postfix -c DIR start-fg}) answering on port 25 of the given
 * loopback addresses. It delivers nothing: every transport is {@code error:}.
 */
public final class Postfix implements AutoCloseable {

    private final Path config;
    private final DaemonProcess process;

    private Postfix(Path config, DaemonProcess process) {
        this.config = config;
        this.process = process;
    }

    /**
     * @param dir an empty folder (made world-readable: Postfix's daemons run as user postfix)
     * @param hostName the name in the greeting
     * @param addresses 127.x addresses, each gets a listener on port 25
     * @param tls the STARTTLS certificate, or {@code null} for none
     */
    public static Postfix start(Path dir, String hostName, List<String> addresses, TlsMaterial tls) throws IOException {
        String postfix = Processes.find("postfix");
        if (postfix == null) {
            throw new IOException("postfix is not installed (see releng/scripts/system-packages.sh)");
        }
        Path config = Files.createDirectories(dir.resolve("conf"));
        Path queue = Files.createDirectories(dir.resolve("queue"));
        Path data = Files.createDirectories(dir.resolve("data"));
        for (Path p : List.of(config, queue)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        openToDaemons(dir);
        Processes.run(List.of("chown", "postfix", data.toString()), null, 10);
        StringBuilder main = new StringBuilder();
        main.append("compatibility_level = 3.6\n");
        main.append("queue_directory = ").append(queue).append('\n');
        main.append("data_directory = ").append(data).append('\n');
        main.append("inet_interfaces = loopback-only\ninet_protocols = ipv4\n");
        main.append("proxy_interfaces = ").append(String.join(", ", addresses)).append('\n');
        main.append("maillog_file = /dev/stdout\n");
        main.append("myhostname = ").append(hostName).append('\n');
        main.append("smtpd_banner = $myhostname ESMTP Postfix\n");
        main.append("smtpd_peername_lookup = no\n");
        main.append("mydestination =\nalias_maps =\nalias_database =\n");
        main.append("default_transport = error:test peer delivers nothing\nlocal_transport = error:test peer delivers nothing\n");
        main.append("relay_transport = error:test peer delivers nothing\n");
        main.append("smtpd_client_connection_rate_limit = 0\nsmtpd_client_connection_count_limit = 0\n");
        main.append("import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C\n");
        if (tls != null) {
            main.append("smtpd_tls_security_level = may\n");
            main.append("smtpd_tls_cert_file = ").append(tls.certificate()).append('\n');
            main.append("smtpd_tls_key_file = ").append(tls.key()).append('\n');
        }
        Files.writeString(config.resolve("main.cf"), main, StandardCharsets.UTF_8);
        StringBuilder master = new StringBuilder();
        for (String address : addresses) {
            master.append(address).append(":25 inet n - n - - smtpd\n");
        }
        for (String service : List.of("pickup unix n - n 60 1 pickup", "cleanup unix n - n - 0 cleanup", "qmgr unix n - n 300 1 qmgr",
                "rewrite unix - - n - - trivial-rewrite", "bounce unix - - n - 0 bounce", "defer unix - - n - 0 bounce",
                "trace unix - - n - 0 bounce", "verify unix - - n - 1 verify", "proxymap unix - - n - - proxymap",
                "showq unix n - n - - showq", "error unix - - n - - error", "retry unix - - n - - error",
                "discard unix - - n - - discard", "anvil unix - - n - 1 anvil", "scache unix - - n - 1 scache",
                "tlsmgr unix - - n 1000? 1 tlsmgr", "postlog unix-dgram n - n - 1 postlogd")) {
            master.append(service).append('\n');
        }
        Files.writeString(config.resolve("master.cf"), master, StandardCharsets.UTF_8);
        DaemonProcess process = new DaemonProcess("postfix", List.of(postfix, "-c", config.toString(), "start-fg"), dir.resolve("postfix.log"));
        Postfix instance = new Postfix(config, process);
        try {
            for (String address : addresses) {
                process.awaitListening(new InetSocketAddress(InetAddress.getByName(address), 25), 15_000);
            }
        } catch (IOException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /** Temporary folders are private to their owner; Postfix's daemons must pass through them. */
    private static void openToDaemons(Path dir) throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        for (Path p = dir.toRealPath(); p != null && p.startsWith(temp) && !p.equals(temp); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    public String log() {
        return process.log();
    }

    @Override
    public void close() {
        try {
            Processes.run(List.of("postfix", "-c", config.toString(), "stop"), null, 20);
        } catch (IOException e) {
            // not running any more; the process below is ended anyway
        }
        process.close();
    }
}
