package org.auditbench.scan;

import java.io.IOException;

/** A peer sent more than the configured response size for one step (endless lines, garbage floods). */
public class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public ResponseTooLargeException(String message) {
        super(message);
    }
}
