package org.auditbench.io;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mail domains as the store keeps them: ASCII (punycode for international names), lower case, checked
 * for the rules of host names (RFC 1035 / 5890: labels of letters, digits and inner hyphens, at most 63
 * characters, at most 253 in all, at least two labels). The import and the institution editor apply the
 * same rules through this class.
 */
public final class MailDomainNames {

    private static final Pattern SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private MailDomainNames() {
    }

    /** The domains of one cell: several separated by ';', ',' or white space. */
    public static List<String> split(String cell) {
        List<String> result = new ArrayList<>();
        for (String part : SEPARATORS.split(cell.strip())) {
            if (!part.isEmpty()) {
                result.add(part);
            }
        }
        return result;
    }

    /**
     * @return the ASCII form of {@code name}
     * @throws IllegalArgumentException when it is not a valid domain name
     */
    public static String toAscii(String name) {
        String trimmed = name.strip();
        if (trimmed.startsWith("@")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || labels[labels.length - 1].matches("[0-9]+")) {
            throw new IllegalArgumentException(name);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException(name);
            }
        }
        return ascii;
    }

    /** Whether {@code address} is local-part@domain with a valid domain. */
    public static boolean isEmailAddress(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            toAscii(address.substring(at + 1));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
