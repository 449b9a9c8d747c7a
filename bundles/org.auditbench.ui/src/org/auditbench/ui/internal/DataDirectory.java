package org.auditbench.ui.internal;

/** The data directory the start script chose ({@code -Dauditbench.data}); shown to the user. */
final class DataDirectory {

    static final String PROPERTY = "auditbench.data";

    private DataDirectory() {
    }

    static String describe() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? Messages.About_unknown : dir;
    }
}
