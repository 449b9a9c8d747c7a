package org.auditbench.testing.ui;

/** A UI condition did not come true within the driver's timeout. */
public final class UiTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UiTimeoutException(String message) {
        super(message);
    }
}
