package org.auditbench.ui.internal.campaigns;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Campaigns_name;
    public static String Campaigns_state;
    public static String Campaigns_deadline;
    public static String Campaigns_overdue;
    public static String Campaigns_overdueYes;
    public static String Campaigns_details;
    public static String Campaigns_details_text;
    public static String Campaigns_selectedAs;
    public static String Campaigns_answered;
    public static String Campaigns_noMembers;
    public static String Campaigns_overdueCount;
    public static String Campaigns_loading;
    public static String AddCase_title;
    public static String AddCase_message;
    public static String AddCase_search;
    public static String AddCase_reason;
    public static String AddCase_add;
    public static String AddCase_chooseInstitution;
    public static String AddCase_giveReason;
    public static String RemoveCase_title;
    public static String RemoveCase_question;
    public static String Assessment_statementLabel;
    public static String Assessment_noStatement;
    public static String Assessment_statement;
    public static String Assessment_measure;
    public static String Assessment_noGaps;
    public static String Assessment_gaps;
    public static String Deadlines_within;
    public static String Deadlines_days;
    public static String Deadlines_count;
    public static String Deadlines_institution;
    public static String Deadlines_campaign;
    public static String Deadlines_state;
    public static String Deadlines_deadline;
    public static String Deadlines_daysLeft;
    public static String Deadlines_dueToday;
    public static String Deadlines_leftOne;
    public static String Deadlines_left;
    public static String Deadlines_overdueOne;
    public static String Deadlines_overdue;
    public static String Deadlines_lastStep;
    public static String Deadlines_sent;
    public static String Deadlines_loading;
    public static String Deadlines_failed;
    public static String Letters_title;
    public static String Letters_selectFirst;
    public static String Letters_job;
    public static String Letters_jobOne;
    public static String Letters_failed;
    public static String Case_selectFirst;
    public static String Reminder_title;
    public static String Reminder_message;
    public static String Reminder_sentOn;
    public static String Reminder_deadline;
    public static String Reminder_record;
    public static String Close_title;
    public static String Close_question;
    public static String LettersSent_title;
    public static String LettersSent_message;
    public static String LettersSent_none;
    public static String LettersSent_sentOn;
    public static String LettersSent_deadline;
    public static String LettersSent_deadlineNote;
    public static String LettersSent_deadlineBefore;
    public static String LettersSent_record;
    public static String LettersSent_done;
    public static String Case_cancel;
    public static String Statement_title;
    public static String Statement_message;
    public static String Statement_receivedOn;
    public static String Statement_kind;
    public static String Statement_summary;
    public static String Statement_monitoring;
    public static String Statement_refusalReason;
    public static String Statement_measures;
    public static String Statement_measureDate;
    public static String Statement_measureKind;
    public static String Statement_measureText;
    public static String Statement_measureTextHint;
    public static String Statement_addMeasure;
    public static String Statement_removeMeasure;
    public static String Statement_record;
    public static String Statement_attachments;
    public static String Statement_attachment;
    public static String Statement_addAttachment;
    public static String Statement_cannotRead;
    public static String Statement_chooseKind;
    public static String Statement_needsReason;
    public static String Statement_noGaps;
    public static String Statement_gaps;
    public static String Assessment_title;
    public static String Assessment_message;
    public static String Assessment_verdict;
    public static String Assessment_reasons;
    public static String Assessment_followUps;
    public static String Assessment_action;
    public static String Assessment_actionHint;
    public static String Assessment_due;
    public static String Assessment_addFollowUp;
    public static String Assessment_removeFollowUp;
    public static String Assessment_record;
    public static String Assessment_chooseVerdict;
    public static String Assessment_needsReasons;
    public static String Assessment_needsFollowUp;
    public static String Assessment_actionMissing;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.campaigns.messages", Messages.class);
    }

    private Messages() {
    }
}
