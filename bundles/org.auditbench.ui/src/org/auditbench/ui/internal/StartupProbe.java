package org.auditbench.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells {@code auditbench bench startup} when the workbench became usable: when the environment
 * variable {@code AUDITBENCH_STARTUP_PROBE} names a file, the first call of {@link #reached(String)}
 * (the Institutions view showing the register) writes the wall-clock time in milliseconds and what
 * was reached into it. Without the variable nothing happens.
 */
public final class StartupProbe {

    private static final AtomicBoolean REACHED = new AtomicBoolean();

    private StartupProbe() {
    }

    public static void reached(String what) {
        String file = System.getenv("AUDITBENCH_STARTUP_PROBE");
        if (file == null || file.isBlank() || !REACHED.compareAndSet(false, true)) {
            return;
        }
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.writeString(partial, System.currentTimeMillis() + " " + what + "\n", StandardCharsets.UTF_8);
            Files.move(partial, target);
        } catch (IOException e) {
            AuditbenchUiPlugin.getDefault().getLog().warn("startup probe not written: " + e.getMessage());
        }
    }
}
