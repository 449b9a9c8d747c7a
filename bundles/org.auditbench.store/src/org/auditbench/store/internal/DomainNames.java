package org.auditbench.store.internal;

import java.net.IDN;

/** The Unicode form of a stored (ASCII) domain name, as the model shows it. */
public final class DomainNames {

    private DomainNames() {
    }

    public static String toUnicode(String ascii) {
        if (ascii == null) {
            return null;
        }
        try {
            return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return ascii;
        }
    }
}
