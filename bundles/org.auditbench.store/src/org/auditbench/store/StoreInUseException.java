package org.auditbench.store;

/** Another process (the workbench or a command line run) has the database open: one writer at a time. */
public class StoreInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
