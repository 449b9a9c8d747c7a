package org.auditbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.internal.CommandRegistry;
import org.auditbench.cli.internal.CommandRunner;

/**
 * One command line run in-process, exactly as the application runs it (commands found through the
 * extension point), with what it printed. The transcript goes to the Surefire output.
 */
record CliRun(int code, String out, String err) {

    static CliRun of(Path data, String... args) {
        return on(data, null, args);
    }

    /** A run with {@code --db databaseUrl} (null: the embedded database). */
    static CliRun on(Path data, String databaseUrl, String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        CliContext context = new CliContext(data, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), databaseUrl);
        List<String> words = List.of(args);
        int code = new CommandRunner(CommandRegistry.fromExtensions()).run(words.get(0), words.subList(1, words.size()), context);
        CliRun run = new CliRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        System.out.println("$ auditbench " + (databaseUrl == null ? "" : "--db " + databaseUrl + " ") + String.join(" ", args) + "   -> exit " + code + "\n" + run.out + run.err);
        return run;
    }
}
