package org.auditbench.ui.internal.store;

import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Picks up what other clients (another auditor's workbench on the same server, the command line) saved:
 * every few seconds it asks the store for its newest audit event, which every save and delete writes;
 * when that moved past what the workbench knows, the views and editors are told as after an own save.
 * The workbench's own saves move what it knows themselves, so they are not reported twice.
 */
public final class OthersChanges extends Job {

    /** How often to look, in milliseconds; {@code -Dauditbench.changeCheckMillis} for another rhythm. */
    private static final long INTERVAL = Long.getLong("auditbench.changeCheckMillis", 3000);

    private final LongSupplier newestEvent;
    private final Runnable tell;
    private long known;
    private volatile boolean stopped;

    /**
     * @param newestEvent the store's newest audit event id (called in the job's thread, and by {@link #known()})
     * @param tell what to do when somebody else changed something
     */
    public OthersChanges(String name, LongSupplier newestEvent, Runnable tell) {
        super(name);
        this.newestEvent = newestEvent;
        this.tell = tell;
        setSystem(true);
    }

    public void start() {
        known();
        schedule(INTERVAL);
    }

    /**
     * The store holds everything up to now (an own save, a restore): remember its newest event. The store
     * is asked outside this object's lock, as in {@link #run}: a restore holds the store while it tells
     * this, and a check waiting for the store must not hold what the restore then waits for.
     */
    public void known() {
        long newest = newestEvent.getAsLong();
        synchronized (this) {
            known = newest;
        }
    }

    public void stop() {
        stopped = true;
        cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (stopped) {
            return Status.CANCEL_STATUS;
        }
        boolean changed = false;
        try {
            long newest = newestEvent.getAsLong();
            synchronized (this) {
                changed = newest != known;
                known = newest;
            }
        } catch (RuntimeException e) {
            // the server out of reach or the store being restored: look again next time
        }
        if (changed && !stopped) {
            tell.run();
        }
        if (!stopped) {
            schedule(INTERVAL);
        }
        return Status.OK_STATUS;
    }
}
