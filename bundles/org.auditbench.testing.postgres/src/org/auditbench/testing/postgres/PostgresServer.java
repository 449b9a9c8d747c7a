package org.auditbench.testing.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.postgresql.Driver;

/**
 * A private PostgreSQL server for tests and benchmarks: a new cluster in a temporary folder, listening
 * on 127.0.0.1 only, with a random superuser password (scram-sha-256, so logins really check it).
 * PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged user
 * {@value #UNPRIVILEGED_USER} and its programs run through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser of the cluster. */
    public static final String USER = "auditbench";

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final String password;

    private PostgresServer(Path folder, Path bin, int port, String password) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.password = password;
    }

    /**
     * The server of this JVM, started on first use and stopped when the JVM ends: tests share it and
     * keep apart by each taking new databases ({@link #newDatabase()}).
     */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(false);
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop PostgreSQL"));
        }
        return shared;
    }

    /**
     * Creates and starts a new cluster.
     *
     * @param durable whether commits wait for the disk (benchmarks measure that; tests need not)
     */
    public static PostgresServer start(boolean durable) {
        Path bin = binaries();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("auditbench-postgres");
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            if (asRoot()) {
                UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
                Files.setOwner(folder, owner);
                Files.setOwner(passwordFile, owner);
            }
            Path data = folder.resolve("data");
            run(folder, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile, "-E", "UTF8", "--no-locale", "--no-sync");
            Files.delete(passwordFile);
            int port = freePort();
            String settings = "-h 127.0.0.1 -p " + port + " -k " + folder + (durable ? "" : " -c fsync=off -c synchronous_commit=off");
            run(folder, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", settings, "start");
            return new PostgresServer(folder, bin, port, password);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new IllegalStateException("cannot start a PostgreSQL server in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of {@code database} on this server, as a user gives it (the password goes separately). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** A new empty database; returns its URL. */
    public String newDatabase() {
        String name = "store_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** A superuser connection to {@code database}, for a test's own checks and set-up. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("password", password);
        return new Driver().connect(url(database), properties);
    }

    @Override
    public synchronized void close() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            run(folder, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL in " + folder + " did not stop: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The newest installed PostgreSQL (Debian keeps each major version below /usr/lib/postgresql/N/bin). */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion)).map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL below " + INSTALLATIONS
                            + " (install the Debian package postgresql)"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL installed (" + INSTALLATIONS + "): install the Debian package postgresql", e);
        }
    }

    private static int majorVersion(Path installation) {
        try {
            return Integer.parseInt(installation.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(Path folder, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (asRoot()) {
            line.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        line.addAll(List.of(command));
        Path output = Files.createTempFile("auditbench-postgres", ".out");
        try {
            Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", line) + " did not finish within 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", line) + " failed (" + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", line), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind harms nothing.
        }
    }
}
