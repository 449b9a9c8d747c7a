package org.auditbench.ui.internal.emf;

import org.eclipse.osgi.util.NLS;

/** Texts of editing with undo and of the Properties view; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Command_change;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_undoPlain;
    public static String Action_redoPlain;
    public static String Validation_several;
    public static String Property_yes;
    public static String Property_no;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.emf.messages", Messages.class);
    }

    private Messages() {
    }
}
