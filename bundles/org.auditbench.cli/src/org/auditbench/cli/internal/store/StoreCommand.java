package org.auditbench.cli.internal.store;

import java.io.Console;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;

/**
 * A command working on the store of the data directory or of the server given with {@code --db}. Takes
 * the boot password of an encrypted store, or the login password of the server, from the environment
 * variable {@value #PASSWORD_VARIABLE}, from {@code --password PW} (with a warning: every local user sees
 * it in {@code ps}) or, on a terminal, from a prompt (the server's also from a password file, see
 * {@link ServerPassword}); and turns store failures into
 * a message and an exit code (a wrong password and refused input are bad input, anything else a failure).
 */
public abstract class StoreCommand implements CliCommand {

    static final String PASSWORD_VARIABLE = "AUDITBENCH_DB_PASSWORD";
    protected static final String PASSWORD_USAGE = " [--password PW]";

    @Override
    public final int run(List<String> args, CliContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        try {
            return run(rest, options(rest, context), context);
        } catch (WrongPasswordException e) {
            context.err().println("auditbench: " + e.getMessage() + " (give it with " + PASSWORD_VARIABLE + " or --password)");
            return ExitCode.BAD_INPUT;
        } catch (InputRefusedException e) {
            context.err().println("auditbench: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            context.err().println("auditbench: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /** Runs with the password option removed from {@code args}. */
    protected abstract int run(List<String> args, StoreOptions options, CliContext context) throws Exception;

    protected static AuditStore open(StoreOptions options, CliContext context) {
        return AuditStore.open(context.dataDirectory(), options);
    }

    /**
     * How to open the store {@code context} names: the embedded database with its boot password, or the server
     * of {@code --db} with its login password. Takes {@code --password} out of {@code args}.
     */
    public static StoreOptions options(List<String> args, CliContext context) throws UsageException {
        String url = context.databaseUrl();
        if (url == null) {
            return StoreOptions.defaults().withBootPassword(password(args, context));
        }
        StoreOptions server = StoreOptions.defaults().withServer(url, givenPassword(args, context));
        return server.serverPassword() != null ? server
                : server.withServer(url, ServerPassword.fromFile(url, context.dataDirectory()));
    }

    /** The single argument the command expects. */
    protected static String single(List<String> args, String what) throws UsageException {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("expected " + what + (args.isEmpty() ? "" : ", got " + args));
        }
        return args.get(0);
    }

    protected static void noArguments(List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("unexpected arguments " + args);
        }
    }

    /** The password from the arguments (removed from them), the environment or a prompt; null when none. */
    private static String password(List<String> args, CliContext context) throws UsageException {
        String given = givenPassword(args, context);
        Console console = terminal();
        if (given == null && console != null && AuditStore.isEncrypted(context.dataDirectory())) {
            char[] typed = console.readPassword("boot password of the store in %s: ", context.dataDirectory());
            return typed == null ? null : new String(typed);
        }
        return given;
    }

    /** The password from the arguments (removed from them, with a warning) or the environment; null when none. */
    private static String givenPassword(List<String> args, CliContext context) throws UsageException {
        String given = takePassword(args);
        if (given != null) {
            context.err().println("auditbench: warning: --password shows in the process list (ps) of every local user;"
                    + " prefer " + PASSWORD_VARIABLE + " or, on a terminal, the prompt");
            return given;
        }
        return System.getenv(PASSWORD_VARIABLE);
    }

    /**
     * The console when it is a terminal, else null. From Java 22 on {@code System.console()} also returns a
     * console for redirected streams (a script, a pipe), which a prompt would block on; {@code isTerminal()}
     * (Java 22, hence looked up) tells them apart. Before, a console existed only on a terminal.
     */
    private static Console terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console) ? console : null;
        } catch (ReflectiveOperationException beforeJava22) {
            return console;
        }
    }

    private static String takePassword(List<String> args) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--password")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--password needs a value");
                }
                String password = args.remove(i + 1);
                args.remove(i);
                return password;
            }
            if (args.get(i).startsWith("--password=")) {
                return args.remove(i).substring("--password=".length());
            }
        }
        return null;
    }
}
