package org.auditbench.scan.dns.internal.transport;

import org.eclipse.osgi.util.NLS;

/** The summaries of the mail transport security checks in the workbench's language (Eclipse NLS). */
final class Messages extends NLS {

    public static String TlsRpt_lookupFailed;
    public static String TlsRpt_none;
    public static String TlsRpt_several;
    public static String TlsRpt_ok;
    public static String TlsRpt_malformed;
    public static String TlsRpt_version;
    public static String TlsRpt_field;
    public static String TlsRpt_twoRua;
    public static String TlsRpt_noRua;
    public static String TlsRpt_badUri;

    static {
        NLS.initializeMessages("org.auditbench.scan.dns.internal.transport.messages", Messages.class);
    }

    private Messages() {
    }
}
