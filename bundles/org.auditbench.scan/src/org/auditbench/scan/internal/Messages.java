package org.auditbench.scan.internal;

import org.eclipse.osgi.util.NLS;

/** What the engine itself says in findings and in its progress, in the workbench's language (Eclipse NLS); public for {@link org.auditbench.scan.TextBounds}. */
public final class Messages extends NLS {

    public static String Engine_factsMissing;
    public static String Engine_noResult;
    public static String Engine_tooLong;
    public static String Engine_scopeRefused;
    public static String Scope_name;
    public static String Scope_address;
    public static String Scope_special;
    public static String Scope_never;
    public static String Text_cut;
    public static String Text_listCut;
    public static String Progress_scanning;
    public static String Progress_domainsDone;
    public static String Progress_institutionsDone;

    static {
        NLS.initializeMessages("org.auditbench.scan.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
