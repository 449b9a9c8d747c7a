package org.auditbench.store;

/**
 * The store refused what it was given: a folder that is no backup (or is the live database), a
 * password an unencrypted store does not take, a text longer than its column. Nothing was changed;
 * the message names the input and what is wrong with it.
 */
public class InputRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public InputRefusedException(String message) {
        super(message);
    }

    public InputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
