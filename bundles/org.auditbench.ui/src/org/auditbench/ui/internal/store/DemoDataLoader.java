package org.auditbench.ui.internal.store;

import org.auditbench.store.AuditStore;

/** Fills a brand-new database with the demo data set, so a first start shows something to work on. */
final class DemoDataLoader {

    private DemoDataLoader() {
    }

    static void loadIfPristine(AuditStore store) {
        // Wired to the demo data set once the import bundle provides it.
    }
}
