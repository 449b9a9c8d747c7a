package org.auditbench.store;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import org.auditbench.model.Identifiable;

/**
 * A save was refused because somebody else saved the same institution, campaign or case after this
 * copy was read: saving it would overwrite their change. Nothing was written. The message names what
 * changed, who changed it and when; {@link #storedVersion()} is what a deliberate overwrite saves over
 * (set it as the object's row version and save again), reloading shows the other change.
 */
public class SaveConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Identifiable subject;
    private final long storedVersion;
    private final String changedBy;
    private final Date changedAt;

    public SaveConflictException(Identifiable subject, String what, long storedVersion, String changedBy, Date changedAt) {
        super(what + " was changed by " + (changedBy == null ? "somebody else" : changedBy)
                + (changedAt == null ? "" : " on " + new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(changedAt))
                + " after it was read here (stored version " + storedVersion + ", read at " + subject.getRowVersion()
                + "): nothing was saved; reload it to see that change, or overwrite it deliberately");
        this.subject = subject;
        this.storedVersion = storedVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The object whose save was refused (still holding the user's edits). */
    public Identifiable subject() {
        return subject;
    }

    public long storedVersion() {
        return storedVersion;
    }

    /** The actor the other save recorded (database user or configured name). */
    public String changedBy() {
        return changedBy;
    }

    public Date changedAt() {
        return changedAt;
    }
}
