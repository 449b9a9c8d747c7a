package org.auditbench.scan.nmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs an installed nmap with one NSE script against one address: always {@code -n} (no resolution
 * through the machine's resolver) and {@code -Pn} (no ping), a TCP connect scan of the given ports,
 * XML on standard output. The process is killed (with its children) on timeout and on interruption.
 */
public final class NmapRunner {

    /** Most bytes of XML read from nmap; beyond that the run fails rather than filling the heap. */
    static final int MAX_OUTPUT = 4 * 1024 * 1024;

    private final Path binary;

    public NmapRunner(Path binary) {
        this.binary = binary;
    }

    /**
     * The nmap to use: the configured path, else {@code nmap} on the PATH.
     *
     * @return the executable, or empty when there is none
     */
    public static Optional<Path> locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/usr/local/bin" : path).split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "nmap");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The command line for one run (also shown as evidence). */
    public List<String> command(InetAddress address, List<Integer> ports, String script, String scriptArgs, Duration timeout) {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-n", "-Pn", "-sT"));
        if (address instanceof Inet6Address) {
            cmd.add("-6");
        }
        cmd.addAll(List.of("-p", ports.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--script", script, "--script-args", scriptArgs == null || scriptArgs.isBlank() ? "vulns.showall=1"
                        : "vulns.showall=1," + scriptArgs,
                "--host-timeout", Math.max(1, timeout.toSeconds()) + "s", "-oX", "-", address.getHostAddress()));
        return cmd;
    }

    /**
     * Runs nmap and returns its report and raw XML.
     *
     * @throws IOException when nmap cannot start, fails, times out or writes no nmap XML
     * @throws InterruptedException when cancelled; nmap is killed first
     */
    public Result run(InetAddress address, List<Integer> ports, String script, String scriptArgs, Duration timeout)
            throws IOException, InterruptedException {
        List<String> cmd = command(address, ports, script, scriptArgs, timeout);
        Process process = new ProcessBuilder(cmd).start();
        try {
            Collector stdout = new Collector(process.getInputStream());
            Collector stderr = new Collector(process.getErrorStream());
            // nmap's own --host-timeout ends the scan; the extra margin covers its start and script loading
            if (!process.waitFor(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                throw new IOException("nmap did not finish within " + timeout.plusSeconds(10).toSeconds() + " s; killed");
            }
            String xml = stdout.text();
            if (process.exitValue() != 0) {
                throw new IOException("nmap exited with " + process.exitValue() + ": " + stderr.text().strip());
            }
            return new Result(String.join(" ", cmd), NmapXml.parse(xml), xml, stderr.text().strip());
        } finally {
            kill(process);
        }
    }

    /** One finished run: the command, what it found, its raw XML and its error output. */
    public record Result(String commandLine, NmapReport report, String xml, String errors) {
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Reads a stream to its end on a virtual thread, at most {@link #MAX_OUTPUT} bytes kept. */
    private static final class Collector {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        Collector(InputStream in) {
            thread = Thread.ofVirtual().start(() -> {
                byte[] buffer = new byte[8192];
                try (in) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        synchronized (bytes) {
                            if (bytes.size() < MAX_OUTPUT) {
                                bytes.write(buffer, 0, Math.min(n, MAX_OUTPUT - bytes.size()));
                            }
                        }
                    }
                } catch (IOException e) {
                    // the process was killed: keep what came
                }
            });
        }

        String text() throws InterruptedException {
            thread.join(5_000);
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
