package org.auditbench.ui.internal.editors;

import org.eclipse.osgi.util.NLS;

/** Texts of the campaign editor; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Campaign_loading;
    public static String Campaign_reading;
    public static String Campaign_readFailed;
    public static String Campaign_saveFailed;
    public static String Page_overview;
    public static String Page_members;
    public static String Page_results;
    public static String Page_letters;
    public static String Page_statements;
    public static String Overview_campaign;
    public static String Overview_title;
    public static String Overview_template;
    public static String Overview_legalBasis;
    public static String Overview_dates;
    public static String Overview_created;
    public static String Overview_scanPhase;
    public static String Overview_letterDate;
    public static String Overview_deadline;
    public static String Overview_selection;
    public static String Overview_cases;
    public static String Overview_figures;
    public static String Overview_reports;
    public static String Column_institution;
    public static String Column_fileNumber;
    public static String Column_reason;
    public static String Column_state;
    public static String Column_deadline;
    public static String Column_overdue;
    public static String Members_overdue;
    public static String Column_phase1;
    public static String Column_statement;
    public static String Column_assessment;
    public static String Column_domain;
    public static String Column_server;
    public static String Column_ip;
    public static String Column_provider;
    public static String Column_cve;
    public static String Column_blockedPorts;
    public static String Column_openPorts;
    public static String Column_smtp;
    public static String Column_checkedOn;
    public static String Results_filter;
    public static String Results_count;
    public static String Results_countOne;
    public static String Letters_generate;
    public static String Letters_sent;
    public static String Letters_open;
    public static String Letters_regenerate;
    public static String Letters_regenerateTip;
    public static String Letters_none;
    public static String Letters_cannotOpen;
    public static String Column_letter;
    public static String Column_written;
    public static String Column_sentOn;
    public static String Column_file;
    public static String Details_noStatement;
    public static String Details_statement;
    public static String Details_monitoring;
    public static String Details_measures;
    public static String Details_attachment;
    public static String Details_gaps;
    public static String Details_noGaps;
    public static String Details_assessment;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.editors.messages", Messages.class);
    }

    private Messages() {
    }
}
