package org.auditbench.ui.internal.results;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Rescan_title;
    public static String Rescan_job;
    public static String Rescan_done;
    public static String Rescan_cancelled;
    public static String Rescan_failed;
    public static String Rescan_noEngine;
    public static String Delta_selectCampaign;
    public static String Delta_loading;
    public static String Delta_noFollowUp;
    public static String Delta_headline;
    public static String Delta_running;
    public static String Delta_institution;
    public static String Delta_before;
    public static String Delta_after;
    public static String Delta_direction;
    public static String Delta_improved;
    public static String Delta_regressed;
    public static String Delta_changed;
    public static String Delta_unchanged;
    public static String Delta_checked;
    public static String Delta_absent;
    public static String Aspect_DOMAIN;
    public static String Aspect_MX_KIND;
    public static String Aspect_MAIL_SERVER;
    public static String Aspect_ADDRESS;
    public static String Aspect_PROVIDER;
    public static String Aspect_OPEN_PORT;
    public static String Aspect_CLASSIFICATION;
    public static String Aspect_CHECK_STATUS;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.results.messages", Messages.class);
    }

    private Messages() {
    }
}
