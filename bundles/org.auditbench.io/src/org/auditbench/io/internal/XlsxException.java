package org.auditbench.io.internal;

/**
 * A workbook the reader refuses; the message says why and where (part, sheet, cell) in the user's
 * language. Unchecked, as it leaves POI's sheet parser from a callback.
 */
final class XlsxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    XlsxException(String message) {
        super(message);
    }
}
