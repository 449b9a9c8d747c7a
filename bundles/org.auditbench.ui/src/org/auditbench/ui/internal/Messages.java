package org.auditbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** UI texts of the workbench shell; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Menu_about;
    public static String About_title;
    public static String About_message;
    public static String About_version;
    public static String About_java;
    public static String About_dataDirectory;
    public static String About_unknown;
    public static String Preferences_description;
    public static String Preferences_confirmExit;
    public static String Exit_title;
    public static String Exit_question;
    public static String Date_formats;
    public static String Date_invalid;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
