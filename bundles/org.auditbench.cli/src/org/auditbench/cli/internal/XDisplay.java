package org.auditbench.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** The X display a benchmark starts the workbench on: the current one, or an Xvfb of the benchmark's own. */
record XDisplay(String name, Process xvfb) implements AutoCloseable {

    static XDisplay find(Path work) throws IOException, InterruptedException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return new XDisplay(current, null);
        }
        for (int number = 91; number < 120; number++) {
            if (new File("/tmp/.X11-unix/X" + number).exists() || new File("/tmp/.X" + number + "-lock").exists()) {
                continue;
            }
            Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectOutput(work.resolve("xvfb.log").toFile()).redirectErrorStream(true).start();
            for (int i = 0; i < 100 && xvfb.isAlive(); i++) {
                if (new File("/tmp/.X11-unix/X" + number).exists()) {
                    return new XDisplay(":" + number, xvfb);
                }
                Thread.sleep(50);
            }
            xvfb.destroy();
        }
        throw new IOException("no display: set DISPLAY or install Xvfb");
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }
}
