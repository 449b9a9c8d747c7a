package org.auditbench.testing.peers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A daemon in the foreground with its log in a file; ready when a TCP port accepts; stopped on close. */
class DaemonProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    DaemonProcess(String name, List<String> command, Path log) throws IOException {
        this.name = name;
        this.log = log;
        this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until {@code address} accepts TCP connections. */
    void awaitListening(InetSocketAddress address, long timeoutMillis) throws IOException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) {
                throw new IOException(name + " ended at start (exit " + process.exitValue() + "): " + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(address, 200);
                return;
            } catch (IOException e) {
                sleep(30);
            }
        }
        throw new IOException(name + " did not listen on " + address + " within " + timeoutMillis + " ms: " + log());
    }

    String log() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
