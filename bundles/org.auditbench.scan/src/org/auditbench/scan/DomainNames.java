package org.auditbench.scan;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domain names as the scan needs them: ASCII (punycode for international names), lower case, no final dot. */
public final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("(?!-)[a-z0-9-]{1,63}(?<!-)|_[a-z0-9-]{1,62}");

    private DomainNames() {
    }

    /**
     * The ASCII form of a domain name as written by people ("Bücherei-Münster.example" becomes
     * "xn--bcherei-mnster-gsbi.example").
     *
     * @throws IllegalArgumentException with the reason when the text is no domain name
     */
    public static String toAscii(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("empty domain name");
        }
        String trimmed = name.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii;
        if (isAscii(trimmed)) {
            // nothing for IDNA to convert (the usual case, and much cheaper); the labels are checked below
            ascii = trimmed.toLowerCase(Locale.ROOT);
        } else {
            try {
                ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' is not a valid domain name: " + e.getMessage(), e);
            }
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a valid domain name (label '" + label + "')");
            }
        }
        if (ascii.length() > 253 || !ascii.contains(".")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid domain name (it needs at least two labels and at most 253 characters)");
        }
        return ascii;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is {@code domain} itself or a name below it (both ASCII). */
    public static boolean isWithin(String name, String domain) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(domain) || n.endsWith("." + domain);
    }
}
