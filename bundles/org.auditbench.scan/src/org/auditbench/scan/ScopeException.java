package org.auditbench.scan;

import java.io.IOException;

/** The scope guard refused an address or a name: it was not derived from the domain, or is private. */
public class ScopeException extends IOException {

    private static final long serialVersionUID = 1L;

    public ScopeException(String message) {
        super(message);
    }
}
