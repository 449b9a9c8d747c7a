package org.auditbench.ui.internal.scans;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String ScanResults_nothingSelected;
    public static String ScanResults_none;
    public static String ScanResults_heading;
    public static String ScanResults_what;
    public static String ScanResults_result;
    public static String ScanResults_summary;
    public static String ScanJob_name;
    public static String ScanJob_noDomains;
    public static String ScanJob_noEngine;
    public static String ScanJob_failed;
    public static String Check_title;
    public static String Check_selectFirst;
    public static String Preferences_description;
    public static String Preferences_dnsServers;
    public static String Preferences_asnZone;
    public static String Preferences_ports;
    public static String Preferences_timeout;
    public static String Preferences_concurrency;
    public static String Preferences_allowPrivate;
    public static String Preferences_notANumber;
    public static String Preferences_caFile;
    public static String Preferences_trustAnchors;
    public static String Preferences_nmapScript;
    public static String Preferences_nmapBinary;
    public static String Preferences_ehloName;
    public static String Preferences_scannerIdentity;
    public static String Preferences_unreadable;

    public static String ScanResults_loading;
    public static String Verdict_notChecked;
    public static String Verdict_vulnerable;
    public static String Verdict_outOfSupport;
    public static String Verdict_patched;
    public static String Verdict_microsoft365;
    public static String Verdict_noExchange;
    public static String Verdict_undetermined;
    public static String Evidence_title;
    public static String Evidence_selectFinding;
    public static String Evidence_copy;
    public static String Evidence_result;
    public static String Evidence_evidence;
    public static String Evidence_none;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.scans.messages", Messages.class);
    }

    private Messages() {
    }
}
