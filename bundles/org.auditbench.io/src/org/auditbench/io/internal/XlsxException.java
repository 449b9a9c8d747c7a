package org.auditbench.io.internal;

/** A workbook the reader refuses; the message says why and where (part, sheet, cell) in the user's language. */
final class XlsxException extends Exception {

    private static final long serialVersionUID = 1L;

    XlsxException(String message) {
        super(message);
    }
}
