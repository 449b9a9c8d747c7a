package org.auditbench.scan.exchange;

import org.eclipse.osgi.util.NLS;

/** Verdicts and probe failures of the Exchange checks in the workbench's language (Eclipse NLS). */
final class Messages extends NLS {

    public static String Verdict_httpsFailed;
    public static String Verdict_cloud;
    public static String Verdict_hole;
    public static String Verdict_noExchange;
    public static String Verdict_outOfSupport;
    public static String Verdict_fixed;
    public static String Verdict_notFixed;
    public static String Verdict_probeFixed;
    public static String Verdict_undetermined;
    public static String Note_build;
    public static String Note_buildHidden;
    public static String Note_probe;
    public static String Note_probeSilent;
    public static String Failure_SCOPE;
    public static String Failure_REFUSED;
    public static String Failure_CONNECT;
    public static String Failure_TLS;
    public static String Failure_TIMEOUT;
    public static String Failure_PROTOCOL;
    public static String Cloud_certificate;
    public static String Lifecycle_noExchange;
    public static String Lifecycle_buildHidden;
    public static String Lifecycle_outOfSupport;
    public static String Lifecycle_levelUnknown;
    public static String Lifecycle_notInTable;
    public static String Lifecycle_current;
    public static String Lifecycle_behind;
    public static String Lifecycle_staleTable;
    public static String BuildOnly_hidden;
    public static String BuildOnly_outOfSupport;
    public static String BuildOnly_fixed;
    public static String BuildOnly_fixedButConfiguration;
    public static String BuildOnly_notFixed;
    public static String BuildOnly_unknown;
    public static String Owa_reachable;
    public static String Owa_notReachable;

    static {
        NLS.initializeMessages("org.auditbench.scan.exchange.messages", Messages.class);
    }

    private Messages() {
    }
}
