package org.auditbench.ui.internal.store;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String Password_title;
    public static String Password_message;
    public static String Password_wrong;

    static {
        NLS.initializeMessages("org.auditbench.ui.internal.store.messages", Messages.class);
    }

    private Messages() {
    }
}
