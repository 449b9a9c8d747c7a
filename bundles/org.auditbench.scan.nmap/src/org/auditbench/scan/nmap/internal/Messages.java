package org.auditbench.scan.nmap.internal;

import org.eclipse.osgi.util.NLS;

/** The summaries of the nmap check in the workbench's language (Eclipse NLS). */
public final class Messages extends NLS {

    public static String Verdict_hostTimedOut;
    public static String Verdict_noPort;
    public static String Verdict_portState;
    public static String Verdict_script;
    public static String Verdict_noVerdict;
    public static String Check_failed;
    public static String Check_notInstalled;
    public static String Check_notExecutable;
    public static String Check_noScript;
    public static String Check_scriptMissing;

    static {
        NLS.initializeMessages("org.auditbench.scan.nmap.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
