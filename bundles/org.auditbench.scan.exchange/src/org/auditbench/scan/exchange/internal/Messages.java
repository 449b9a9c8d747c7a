package org.auditbench.scan.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** Summaries of the Exchange checks in the workbench's language (Eclipse NLS). */
final class Messages extends NLS {

    public static String Https_cloudNotProbed;
    public static String Https_portClosed;
    public static String Https_portBlocked;
    public static String Https_failed;
    public static String Https_cloud;
    public static String Https_notExchange;
    public static String Https_build;
    public static String Https_buildHidden;
    public static String Https_signals;
    public static String Web_outOfScope;
    public static String Web_lookupFailed;
    public static String Web_mailServer;
    public static String Web_none;
    public static String Cloud_host;
    public static String Cloud_smtp;
    public static String Cloud_provider;

    static {
        NLS.initializeMessages("org.auditbench.scan.exchange.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
