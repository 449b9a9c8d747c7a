package org.auditbench.ui.internal.export;

import org.eclipse.osgi.util.NLS;

/** Texts of File > Export; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Export_done;
    public static String Export_failed;
    public static String Export_institutionsTitle;
    public static String Export_institutionsFile;
    public static String Export_institutionsJob;
    public static String Export_annexTitle;
    public static String Export_annexSelect;
    public static String Export_annexFile;
    public static String Export_annexJob;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.export.messages", Messages.class);
    }

    private Messages() {
    }
}
