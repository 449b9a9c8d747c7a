package org.auditbench.cli.tests;

import java.util.List;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;

/** Commands (contributed by this test bundle only) that fail the way a bug or a hostile input can. */
public final class FailingCommands {

    private FailingCommands() {
    }

    /** Asks for an array beyond what any heap holds: a real OutOfMemoryError, without using the memory. */
    public static final class OutOfMemory implements CliCommand {

        @Override
        public String usage() {
            return "   fails with OutOfMemoryError";
        }

        @Override
        public int run(List<String> args, CliContext context) {
            long[] huge = new long[Integer.MAX_VALUE];
            return huge.length;
        }
    }

    public static final class StackOverflow implements CliCommand {

        @Override
        public String usage() {
            return "   fails with StackOverflowError";
        }

        @Override
        public int run(List<String> args, CliContext context) {
            return deeper(0);
        }

        private static int deeper(int depth) {
            return deeper(depth + 1) + 1;
        }
    }

    public static final class Unchecked implements CliCommand {

        @Override
        public String usage() {
            return "   fails with an unchecked exception";
        }

        @Override
        public int run(List<String> args, CliContext context) {
            throw new IllegalStateException("a bug");
        }
    }
}
