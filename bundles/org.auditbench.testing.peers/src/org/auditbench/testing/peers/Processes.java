package org.auditbench.testing.peers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the peers' command-line tools (openssl, nsd-checkzone, postfix, nmap) with a time limit. */
public final class Processes {

    private Processes() {
    }

    /**
     * Runs a command to its end and returns its standard output; fails on a non-zero exit, and when the
     * command has not ended within the time limit (then it is killed). Both outputs are read beside the
     * wait: a command that hangs with its output open must not hang its caller.
     */
    public static String run(List<String> command, Path directory, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread outReader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), output));
            Thread errReader = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), OutputStream.nullOutputStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            outReader.join(1000);
            errReader.join(1000);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
            return output.toString(StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    private static void copy(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
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
