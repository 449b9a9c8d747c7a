package org.auditbench.cli.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.auditbench.store.StoreOptions;
import org.auditbench.store.WrongPasswordException;

/**
 * A command working on the store of the data directory. Takes the boot password of an encrypted store
 * from {@code --password PW} or the environment variable {@value #PASSWORD_VARIABLE}, and turns store
 * failures into a message and an exit code (a wrong password is bad input, anything else a failure).
 */
public abstract class StoreCommand implements CliCommand {

    static final String PASSWORD_VARIABLE = "AUDITBENCH_DB_PASSWORD";
    protected static final String PASSWORD_USAGE = " [--password PW]";

    @Override
    public final int run(List<String> args, CliContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        StoreOptions options = StoreOptions.defaults().withBootPassword(takePassword(rest));
        try {
            return run(rest, options, context);
        } catch (WrongPasswordException e) {
            context.err().println("auditbench: " + e.getMessage() + " (give it with --password or " + PASSWORD_VARIABLE + ")");
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
        return System.getenv(PASSWORD_VARIABLE);
    }
}
