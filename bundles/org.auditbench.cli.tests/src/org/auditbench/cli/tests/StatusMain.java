package org.auditbench.cli.tests;

import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.internal.store.StatusCommand;

/** Run in a separate JVM on a terminal by {@link PasswordPromptTest}: {@code auditbench --data DIR status}. */
public final class StatusMain {

    private StatusMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(new StatusCommand().run(List.of(), new CliContext(Path.of(args[0]), System.out, System.err)));
    }
}
