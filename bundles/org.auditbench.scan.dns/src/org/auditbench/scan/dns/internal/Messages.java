package org.auditbench.scan.dns.internal;

import org.eclipse.osgi.util.NLS;

/** The summaries of the DNS checks in the workbench's language (Eclipse NLS). */
final class Messages extends NLS {

    public static String Mx_lookupFailed;
    public static String Mx_noSuchDomain;
    public static String Mx_null;
    public static String Mx_nullBesideOthers;
    public static String Mx_dangling;
    public static String Mx_notAHostName;
    public static String Mx_lookupTimedOut;
    public static String Mx_targetLookupFailed;
    public static String Mx_capped;
    public static String Mx_addressesCapped;
    public static String Mx_implicitLookupFailed;
    public static String Mx_noMail;
    public static String Mx_implicit;
    public static String Policy_lookupFailed;
    public static String Policy_missing;
    public static String Policy_several;
    public static String Dmarc_noPolicy;
    public static String Dmarc_none;
    public static String Dmarc_policy;
    public static String Spf_all;
    public static String Spf_record;
    public static String Provider_unknown;
    public static String Provider_badAs;

    static {
        NLS.initializeMessages("org.auditbench.scan.dns.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
