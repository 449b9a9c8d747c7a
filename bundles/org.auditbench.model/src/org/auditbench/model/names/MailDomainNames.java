package org.auditbench.model.names;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mail domains as the store keeps them and the scan asks DNS for them: ASCII (punycode for international
 * names), lower case, no final dot, and a domain of a mail address in the sense of RFC 5321 (host name
 * rules of RFC 1035 / 5890: labels of letters, digits and inner hyphens, at most 63 characters, at most
 * 253 in all, at least two labels, a top-level label that is not all digits).
 */
public final class MailDomainNames {

    private static final Pattern SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private MailDomainNames() {
    }

    /** The domains of one cell or field: several separated by ';', ',' or white space. */
    public static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isEmpty()) {
                result.add(part);
            }
        }
        return result;
    }

    /**
     * The ASCII form of a domain name as written by people (" Bücherei-Münster.example. " and
     * "@bücherei-münster.example" become "xn--bcherei-mnster-gsbi.example").
     *
     * @throws IllegalArgumentException with the name and the reason when the text is no mail domain
     */
    public static String toAscii(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("empty domain name");
        }
        String trimmed = name.strip();
        if (trimmed.startsWith("@")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii = isAscii(trimmed) ? trimmed.toLowerCase(Locale.ROOT) : idnToAscii(name, trimmed);
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(name, "label '" + label + "'");
            }
        }
        if (ascii.length() > 253 || labels.length < 2) {
            throw invalid(name, "it needs at least two labels and at most 253 characters");
        }
        if (DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw invalid(name, "the last label is a number");
        }
        return ascii;
    }

    /**
     * The Unicode form of a stored (ASCII) name, as letters, reports and the workbench show it; a name
     * that is no valid punycode stays as it is.
     */
    public static String toUnicode(String ascii) {
        return ascii == null ? null : IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    /** Whether {@code address} is local-part@domain with a valid mail domain. */
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

    /** Whether {@code name} is {@code domain} itself or a name below it ({@code domain} in ASCII). */
    public static boolean isWithin(String name, String domain) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(domain) || n.endsWith("." + domain);
    }

    private static String idnToAscii(String name, String trimmed) {
        try {
            // the host name rules (STD3) are the label pattern's job, so that every refusal names the label
            return IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a valid domain name: " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("'" + name + "' is not a valid domain name (" + reason + ")");
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
