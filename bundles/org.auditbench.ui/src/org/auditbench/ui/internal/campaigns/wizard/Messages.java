package org.auditbench.ui.internal.campaigns.wizard;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String NewCampaign_title;
    public static String Template_page;
    public static String Template_description;
    public static String Template_template;
    public static String Template_legalBasis;
    public static String Template_questions;
    public static String Template_vulnerabilities;
    public static String Template_deadline;
    public static String Template_campaignTitle;
    public static String Template_fileNumberPattern;
    public static String Template_fileNumberHint;
    public static String Template_firstFileNumber;
    public static String Template_fileNumberOfInstitution;
    public static String Template_fileNumberInvalid;
    public static String Template_titleMissing;
    public static String Sample_page;
    public static String Sample_description;
    public static String Sample_known;
    public static String Sample_selected;
    public static String Sample_noneSelected;
    public static String Sample_listFile;
    public static String Sample_browse;
    public static String Sample_breaches;
    public static String Sample_random;
    public static String Sample_bySize;
    public static String Sample_byShare;
    public static String Sample_percent;
    public static String Sample_seed;
    public static String Sample_newSeed;
    public static String Sample_seedInvalid;
    public static String Sample_stratify;
    public static String Sample_preview;
    public static String Sample_previewFirst;
    public static String Sample_previewing;
    public static String Sample_members;
    public static String Sample_institution;
    public static String Sample_kind;
    public static String Sample_reason;
    public static String Sample_fileNumber;
    public static String Sample_domains;
    public static String Sample_fileUnreadable;
    public static String DrawSample_title;
    public static String Finish_failed;
    public static String Finish_creating;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.campaigns.wizard.messages", Messages.class);
    }

    private Messages() {
    }
}
