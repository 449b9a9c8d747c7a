package org.auditbench.ui.internal.campaigns;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Campaigns_name;
    public static String Campaigns_state;
    public static String Campaigns_deadline;
    public static String Campaigns_overdue;
    public static String Campaigns_overdueYes;
    public static String Letters_title;
    public static String Letters_selectFirst;
    public static String Letters_job;
    public static String Letters_done;
    public static String Letters_failed;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.campaigns.messages", Messages.class);
    }

    private Messages() {
    }
}
