package org.auditbench.store.tests;

import java.nio.file.Path;

import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;

/**
 * How a child JVM opens the store its test gave it: the data directory, and the server URL or "" for
 * the embedded database (the server password comes in {@value TestDatabase#PASSWORD_VARIABLE}).
 */
final class ChildStore {

    private ChildStore() {
    }

    static AuditStore open(String dataDirectory, String url) {
        StoreOptions options = StoreOptions.defaults();
        return AuditStore.open(Path.of(dataDirectory),
                url.isEmpty() ? options : options.withServer(url, System.getenv(TestDatabase.PASSWORD_VARIABLE)));
    }
}
