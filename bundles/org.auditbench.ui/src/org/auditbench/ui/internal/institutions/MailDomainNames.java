package org.auditbench.ui.internal.institutions;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the mail domains typed into the editor: separated by commas, semicolons or spaces. */
final class MailDomainNames {

    private static final Pattern ASCII_NAME = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

    private MailDomainNames() {
    }

    /**
     * The names in ASCII (punycode) form, lower case, without duplicates.
     *
     * @throws IllegalArgumentException naming the first name that is not a domain
     */
    static List<String> parse(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(part.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Messages.Editor_badDomain, part));
            }
            if (!ASCII_NAME.matcher(ascii).matches()) {
                throw new IllegalArgumentException(String.format(Messages.Editor_badDomain, part));
            }
            if (!names.contains(ascii)) {
                names.add(ascii);
            }
        }
        return names;
    }
}
