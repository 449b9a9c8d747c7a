package org.auditbench.io;

import java.io.IOException;
import java.io.InputStream;

import org.auditbench.store.AuditStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The demo data set: a few dozen fictional institutions under reserved names (.example, .test), some
 * with reported breaches, one with an international domain name. Read by the ordinary import, so the
 * demo also shows the import's column names (German headers).
 */
public final class DemoData {

    private static final String RESOURCE = "/demo/institutions.csv";

    private DemoData() {
    }

    /**
     * Loads the demo data when the store is pristine (nothing was ever saved in it), as on the first start.
     *
     * @return the number of institutions loaded; 0 when the store was not pristine
     */
    public static int loadIfEmpty(AuditStore store, IProgressMonitor monitor) throws IOException, ImportException {
        return store.isPristine() ? load(store, monitor) : 0;
    }

    /** Loads (or refreshes) the demo institutions; returns how many were created. */
    public static int load(AuditStore store, IProgressMonitor monitor) throws IOException, ImportException {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("demo data missing from the bundle: " + RESOURCE);
            }
            return InstitutionImport.importCsv("demo-institutions.csv", in.readAllBytes(), store, monitor).created();
        }
    }
}
