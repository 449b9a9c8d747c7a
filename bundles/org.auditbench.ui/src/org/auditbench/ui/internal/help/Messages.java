package org.auditbench.ui.internal.help;

import org.eclipse.osgi.util.NLS;

/** Texts of the Help menu's own entries; translations in messages_*.properties. */
public final class Messages extends NLS {

    public static String Guide_title;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.help.messages", Messages.class);
    }

    private Messages() {
    }
}
