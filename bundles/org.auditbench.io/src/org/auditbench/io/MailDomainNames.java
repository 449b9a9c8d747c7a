package org.auditbench.io;

import java.util.List;

/**
 * The institution editor's way to the mail domain rules, kept while the editor is being rewritten.
 *
 * @deprecated the rules live in {@link org.auditbench.model.names.MailDomainNames}; use that class
 */
@Deprecated(forRemoval = true)
public final class MailDomainNames {

    private MailDomainNames() {
    }

    public static List<String> split(String cell) {
        return org.auditbench.model.names.MailDomainNames.split(cell);
    }

    public static String toAscii(String name) {
        return org.auditbench.model.names.MailDomainNames.toAscii(name);
    }
}
