package org.auditbench.io.internal;

import org.eclipse.osgi.util.NLS;

/** The user texts of import and export (English, German in messages_de.properties). */
public final class Messages extends NLS {

    public static String problemNameMissing;
    public static String problemInvalidDomain;
    public static String problemInvalidEmail;
    public static String problemInvalidBreach;
    public static String problemTooLong;
    public static String problemDomainTwice;
    public static String problemDomainTaken;
    public static String problemNoNameColumn;
    public static String problemColumnTwice;
    public static String problemNoHeader;
    public static String problemUnclosedQuote;
    public static String problemUnsupportedFile;
    public static String problemFileTooLarge;
    public static String problemNotXlsx;
    public static String problemNotZip;
    public static String problemZipPartTooLarge;
    public static String problemZipRatio;
    public static String problemZipTooManyEntries;
    public static String problemCellReference;
    public static String problemRowNumber;
    public static String problemTooManyCells;
    public static String noteMerged;
    public static String noteMergedConflict;
    public static String problemMixedEncoding;
    public static String noteIgnoredColumn;
    public static String noteNotUtf8;
    public static String problemTitleMissing;
    public static String problemScanPhaseOrder;
    public static String problemDeadlineBeforeLetter;

    static {
        NLS.initializeMessages("org.auditbench.io.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
