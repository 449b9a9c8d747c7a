package org.auditbench.ui.internal.institutions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.store.WorkbenchStore;

/**
 * The register as the Institutions view shows it: every institution, its folded search text and the
 * sort keys of the column sorted by. Read off the UI thread; the first read is begun at start-up, as
 * soon as the store is open, so that it runs while the workbench builds its window instead of after.
 */
public final class RegisterRead {

    /** What one read delivers to the view. */
    public record Result(List<Institution> institutions, Map<Institution, String> searchTexts, InstitutionOrder.Prepared keys) {
    }

    private static Early atStart;

    private RegisterRead() {
    }

    static Result of(AuditStore store, InstitutionOrder order) {
        List<Institution> institutions = store.institutions().loadAll();
        Map<Institution, String> searchTexts = new HashMap<>();
        institutions.forEach(i -> searchTexts.put(i, InstitutionsView.searchText(i)));
        return new Result(institutions, searchTexts, order.prepare(institutions));
    }

    /** Begins the start-up's early read (once). */
    public static synchronized void beginEarly() {
        if (atStart == null) {
            atStart = Early.begin();
        }
    }

    /** The start-up's early read for a view's first load; empty when there is none (any more). */
    static synchronized Optional<CompletableFuture<Result>> takeEarly() {
        return atStart == null ? Optional.empty() : atStart.take();
    }

    /** Whether the start-up's read was begun and has been taken by a view (or dropped by a change). */
    public static synchronized boolean earlyReadUsed() {
        return atStart != null && !atStart.pending();
    }

    /**
     * A read begun before anyone asks: in a thread of its own, which waits for the store to open. Taken
     * once; a change to the store before it is taken drops it (the view then reads itself).
     */
    public static final class Early {

        private CompletableFuture<Result> read = new CompletableFuture<>();
        private final WorkbenchStore.Listener drop = this::drop;

        private Early() {
        }

        public static Early begin() {
            Early early = new Early();
            CompletableFuture<Result> result = early.read;
            WorkbenchStore.addListener(early.drop);
            Thread reading = new Thread(() -> {
                try {
                    result.complete(of(WorkbenchStore.get(), new InstitutionOrder(InstitutionOrder.BY_NAME)));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e); // the view's own read will say why
                }
            }, "Reading the register");
            reading.setDaemon(true);
            reading.start();
            return early;
        }

        /** The read, once; empty after it was taken or dropped. */
        public synchronized Optional<CompletableFuture<Result>> take() {
            CompletableFuture<Result> taken = read;
            drop();
            return Optional.ofNullable(taken);
        }

        /** Whether the read still waits to be taken. */
        public synchronized boolean pending() {
            return read != null;
        }

        private synchronized void drop() {
            read = null;
            WorkbenchStore.removeListener(drop);
        }
    }
}
