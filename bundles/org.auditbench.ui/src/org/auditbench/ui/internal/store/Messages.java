package org.auditbench.ui.internal.store;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Password_title;
    public static String Password_message;
    public static String Password_wrong;
    public static String ServerPassword_title;
    public static String ServerPassword_message;
    public static String Conflict_title;
    public static String Conflict_message;
    public static String Conflict_messageUndated;
    public static String Conflict_differences;
    public static String Conflict_difference;
    public static String Conflict_choices;
    public static String Conflict_somebody;
    public static String Conflict_reload;
    public static String Conflict_overwrite;
    public static String Conflict_keepEditing;
    public static String OthersChanges_job;
    public static String Open_failedTitle;
    public static String Open_failed;
    public static String Open_inUse;
    public static String MasterPassword_title;
    public static String MasterPassword_choose;
    public static String MasterPassword_enter;
    public static String MasterPassword_empty;

    public static String Backup_title;
    public static String Backup_choose;
    public static String Backup_job;
    public static String Backup_task;
    public static String Backup_done;
    public static String Backup_failed;
    public static String Restore_title;
    public static String Restore_choose;
    public static String Restore_question;
    public static String Restore_done;
    public static String Restore_failed;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.store.messages", Messages.class);
    }

    private Messages() {
    }
}
