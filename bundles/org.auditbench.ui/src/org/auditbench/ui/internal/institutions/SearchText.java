package org.auditbench.ui.internal.institutions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which the Institutions view compares what is typed with what is stored: lower case,
 * German umlauts and ß folded to their two-letter spellings (ä/ae, ö/oe, ü/ue, ß/ss), other accents
 * dropped: "koeln" finds Köln, "köln" finds Koeln, "strasse" finds Straße.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }
}
