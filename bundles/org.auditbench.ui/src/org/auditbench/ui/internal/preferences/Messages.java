package org.auditbench.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference pages; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Authority_description;
    public static String Authority_name;
    public static String Authority_street;
    public static String Authority_postcode;
    public static String Authority_city;
    public static String Authority_phone;
    public static String Authority_fax;
    public static String Authority_email;
    public static String Authority_signer;
    public static String Authority_legalReferences;
    public static String Authority_privacyLink;
    public static String Authority_deadlineDays;
    public static String Authority_deadlineInvalid;
    public static String Authority_logo;
    public static String Authority_logoChoose;
    public static String Authority_logoRemove;
    public static String Authority_logoNone;
    public static String Authority_logoUnreadable;
    public static String Authority_logoNoImage;
    public static String Authority_file;
    public static String Authority_notSaved;
    public static String Database_description;
    public static String Database_embedded;
    public static String Database_server;
    public static String Database_url;
    public static String Database_user;
    public static String Database_password;
    public static String Database_nextStart;
    public static String Database_passwordInUrl;
    public static String Database_passwordNotStored;
    public static String Database_passwordKept;
    public static String Database_test;
    public static String Database_connecting;
    public static String Database_connected;
    public static String Database_notConnected;
    public static String DataFolder_label;
    public static String DataFolder_open;
    public static String DataFolder_openFailed;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
