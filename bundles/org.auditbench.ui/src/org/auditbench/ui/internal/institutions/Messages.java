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
    public static String Editor_saveFailed;
    public static String Editor_newInstitution;
    public static String Editor_fixFirst;
    public static String History_title;
    public static String History_loading;
    public static String History_day;
    public static String History_what;
    public static String History_detail;
    public static String History_scan;
    public static String History_case;
    public static String History_caseDetail;
    public static String History_letter;
    public static String History_letterSent;
    public static String History_letterWritten;
    public static String History_statement;
    public static String History_statementDetail;
    public static String Copy_name;
    public static String Delete_title;
    public static String Delete_refused;
    public static String Delete_question;
    public static String Import_title;
    public static String Import_job;
    public static String Import_done;
    public static String Import_refused;
    public static String Import_refusedOne;
    public static String Import_unreadable;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.institutions.messages", Messages.class);
    }

    private Messages() {
    }
}
