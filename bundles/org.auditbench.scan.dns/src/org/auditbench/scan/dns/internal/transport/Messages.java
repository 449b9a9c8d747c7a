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
    public static String Dnssec_undetermined;
    public static String Dane_undetermined;
    public static String Dane_noSmtp;
    public static String Dane_noStartTls;
    public static String Dane_lookupFailed;
    public static String Dane_bogus;
    public static String Dane_none;
    public static String Dane_insecure;
    public static String Dane_pkixOnly;
    public static String Dane_noCertificate;
    public static String Dane_matches;
    public static String Dane_noMatch;
    public static String Dnssec_anchors;
    public static String Dnssec_secure;
    public static String Dnssec_insecure;
    public static String Dnssec_bogus;
    public static String Dnssec_failed;
    public static String MtaSts_lookupFailed;
    public static String MtaSts_none;
    public static String MtaSts_several;
    public static String MtaSts_noId;
    public static String MtaSts_policyFailed;
    public static String MtaSts_noAddress;
    public static String MtaSts_untrusted;
    public static String MtaSts_timeout;
    public static String MtaSts_unreachable;
    public static String MtaSts_notHttp;
    public static String MtaSts_status;
    public static String MtaSts_tooLarge;
    public static String MtaSts_invalid;
    public static String MtaSts_line;
    public static String MtaSts_version;
    public static String MtaSts_mode;
    public static String MtaSts_noMaxAge;
    public static String MtaSts_maxAge;
    public static String MtaSts_noMx;
    public static String MtaSts_notEnforced;
    public static String MtaSts_uncovered;
    public static String MtaSts_enforced;

    static {
        NLS.initializeMessages("org.auditbench.scan.dns.internal.transport.messages", Messages.class);
    }

    private Messages() {
    }
}
