package org.auditbench.scan;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.auditbench.scan.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The most a text from the network may take where the scan keeps it, and the one way to cut it: a
 * hostile peer must not make a run unstorable, and a cut must show. Every bound fits the store's
 * {@code VARCHAR(4000)} columns; evidence goes into a CLOB.
 */
public final class TextBounds {

    /** A finding's summary (the engine cuts every summary to this). */
    public static final int SUMMARY = 2_000;
    /** A peer's text quoted inside a summary: a DNS record, a greeting line, a header value. */
    public static final int QUOTE = 1_000;
    /** The SMTP greeting as kept with the address (all its lines). */
    public static final int BANNER = 2_000;
    /** A name from a registry record: an organisation, a country. */
    public static final int NAME = 200;
    /** One DNS TXT record as read (its strings joined). */
    public static final int RECORD = 4_000;
    /** A finding's evidence (the engine cuts every evidence to this). */
    public static final int EVIDENCE = 16_000;
    /** The most items a summary lists one by one (MX hosts, addresses); the rest are counted. */
    public static final int LISTED = 20;

    private TextBounds() {
    }

    /**
     * The text itself when it has at most {@code max} characters, else its beginning followed by the
     * marker "... [cut: 4,500 characters, kept 1,950]", together at most {@code max} characters (for a {@code max} of 100 or more).
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        // the marker for "kept max" is at least as long as the final one: the total stays within max
        int kept = Math.max(0, max - marker(text.length(), max).length());
        if (kept > 0 && Character.isHighSurrogate(text.charAt(kept - 1))) {
            kept--;
        }
        return text.substring(0, kept) + marker(text.length(), kept);
    }

    /** "a, b, c" for at most {@link #LISTED} items, else the first ones and "and 980 more". */
    public static String list(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return NLS.bind(Messages.Text_listCut, String.join(", ", items.subList(0, LISTED)), number(items.size() - LISTED));
    }

    /** A count in the workbench's language ("1,000", "1.000"). */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(n);
    }

    private static String marker(int length, int kept) {
        return NLS.bind(Messages.Text_cut, number(length), number(kept));
    }
}
