package org.auditbench.store.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.auditbench.store.AuditStore;

/**
 * Run in a separate JVM by {@link OtherProcessTest}: opens the store of the data directory given as the
 * argument, says so, and keeps it open until its standard input ends.
 */
public final class HoldOpenMain {

    public static final String OPEN = "open";

    private HoldOpenMain() {
    }

    public static void main(String[] args) throws IOException {
        try (AuditStore store = AuditStore.open(Path.of(args[0]))) {
            System.out.println(OPEN);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
