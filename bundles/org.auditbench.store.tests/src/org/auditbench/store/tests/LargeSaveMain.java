package org.auditbench.store.tests;

import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;

/**
 * Run in a separate JVM by {@link OtherProcessTest}: saves one large scan run and says when the save
 * starts and ends, so the test can kill the process in between.
 *
 * <p>Arguments: data directory, number of domain scans, observations per domain scan, server URL or "" (see
 * {@link ChildStore}).
 */
public final class LargeSaveMain {

    public static final String SAVING = "saving";
    public static final String SAVED = "saved";

    private LargeSaveMain() {
    }

    public static void main(String[] args) {
        try (AuditStore store = ChildStore.open(args[0], args.length > 3 ? args[3] : "")) {
            Institution institution = store.institutions().loadAll().get(0);
            ScanRun run = ModelSamples.scanRun(institution, 0);
            run.getDomainScans().clear();
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                run.getDomainScans().add(ModelSamples.domainScan(institution, "d" + i + ".example", Integer.parseInt(args[2])));
            }
            System.out.println(SAVING);
            System.out.flush();
            store.scanRuns().save(run);
            System.out.println(SAVED);
            System.out.flush();
        }
    }
}
