package org.auditbench.store;

/** Another process (the workbench or a command line run) has the database open: one writer at a time. */
public class StoreInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The database folder is in use by another process. */
    public static StoreInUseException otherProcess(java.nio.file.Path databaseFolder, Throwable cause) {
        return new StoreInUseException("the database " + databaseFolder
                + " is open in another Auditbench process (workbench or command line); close that first", cause);
    }
}
