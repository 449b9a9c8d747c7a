package org.auditbench.io.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** The key that makes two entries the same institution: name and city, ignoring case and surrounding blanks. */
public final class RegisterKey {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private RegisterKey() {
    }

    public static String of(String name, String city) {
        return normal(name) + "\u0000" + normal(city);
    }

    private static String normal(String text) {
        return text == null ? "" : BLANKS.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
