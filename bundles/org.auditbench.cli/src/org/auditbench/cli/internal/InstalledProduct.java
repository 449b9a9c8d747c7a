package org.auditbench.cli.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;

/** The installed product as the start benchmarks drive it from outside: its start script, ending it, their medians. */
final class InstalledProduct {

    /** How long a start, or an end, may take before the benchmark gives up on it (generous: a loaded machine is slow). */
    static final Duration START_LIMIT = Duration.ofMinutes(5);

    private InstalledProduct() {
    }

    /** The product's 'auditbench' script, beside the running command line. */
    static Path script() throws IOException, URISyntaxException {
        URL install = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
        Path script = install == null ? null : Path.of(install.toURI()).resolve("auditbench");
        if (script == null || !Files.isExecutable(script)) {
            throw new IOException("the start benchmarks measure the installed product: run them from the product's 'auditbench' script"
                    + (script == null ? "" : " (not found: " + script + ")"));
        }
        return script;
    }

    /**
     * Ends a started product as a user's signal would, forcibly when it does not end in time: the first
     * workbench on a data directory writes its ahead-of-time cache as it exits, which takes a while.
     */
    static void end(Process process) throws InterruptedException {
        // The script's Java first (the script then files the cache), or the Java the script became.
        List<ProcessHandle> started = process.descendants().toList();
        if (started.isEmpty()) {
            process.destroy();
        } else {
            started.forEach(ProcessHandle::destroy);
        }
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
