package org.auditbench.ui.internal.institutions;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Institutions_filter;
    public static String Institutions_name;
    public static String Institutions_kind;
    public static String Institutions_city;
    public static String Institutions_domains;
    public static String Institutions_breach;
    public static String Institutions_yes;
    public static String Institutions_count;
    public static String Institutions_countOne;
    public static String Institutions_loading;
    public static String Editor_street;
    public static String Editor_postcode;
    public static String Editor_contactPerson;
    public static String Editor_contactEmail;
    public static String Editor_fileNumber;
    public static String Editor_reportedBreach;
    public static String Editor_domainsHint;
    public static String Editor_badDomain;
    public static String Editor_saveFailed;
    public static String Import_title;
    public static String Import_job;
    public static String Import_done;
    public static String Import_refused;
    public static String Import_unreadable;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.institutions.messages", Messages.class);
    }

    private Messages() {
    }
}
