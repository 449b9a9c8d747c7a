package org.auditbench.ui.internal.scans;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String ScanResults_nothingSelected;
    public static String ScanResults_none;
    public static String ScanResults_heading;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.scans.messages", Messages.class);
    }

    private Messages() {
    }
}
