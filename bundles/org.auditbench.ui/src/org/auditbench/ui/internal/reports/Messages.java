package org.auditbench.ui.internal.reports;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String RunReport_title;
    public static String RunReport_message;
    public static String RunReport_report;
    public static String RunReport_format;
    public static String RunReport_asOf;
    public static String RunReport_file;
    public static String RunReport_browse;
    public static String RunReport_chooseFile;
    public static String RunReport_run;
    public static String RunReport_cancel;
    public static String RunReport_noFile;
    public static String RunReport_noFolder;
    public static String RunReport_job;
    public static String RunReport_failed;
    public static String RunReport_selectFirst;
    public static String RunReport_writtenTo;
    public static String RunReport_runs;
    public static String RunReport_earlierRun;
    public static String RunReport_laterRun;
    public static String RunReport_runLabel;
    public static String RunReport_tooFewRuns;
    public static String RunReport_sameRun;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.reports.messages", Messages.class);
    }

    private Messages() {
    }
}
