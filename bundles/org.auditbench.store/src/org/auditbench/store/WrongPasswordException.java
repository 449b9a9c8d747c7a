package org.auditbench.store;

/** The database is encrypted and the boot password was missing or wrong. */
public class WrongPasswordException extends StoreException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
