package org.auditbench.testing.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the peers' command-line tools (openssl, nsd-checkzone, postfix, nmap) with a time limit. */
public final class Processes {

    private Processes() {
    }

    /** Runs a command to its end and returns its standard output; fails on a non-zero exit. */
    public static String run(List<String> command, Path directory, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        try {
            var out = process.getInputStream();
            var err = process.getErrorStream();
            Thread errReader = Thread.ofVirtual().start(() -> drain(err));
            byte[] output = out.readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            errReader.join(1000);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    private static void drain(java.io.InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Whether a program is installed (on the PATH or in the sbin folders where Debian puts daemons). */
    public static String find(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (candidate.toFile().canExecute()) {
                return candidate.toString();
            }
        }
        return null;
    }
}
