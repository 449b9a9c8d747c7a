package org.auditbench.core.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.auditbench.core.LocalizedText;

/**
 * User texts of the workflow in German and English ({@code messages.properties} is English,
 * {@code messages_de.properties} German). Reports need both side by side, so the language is chosen per
 * call and never falls back to the default locale.
 */
public final class Texts {

    private static final String BUNDLE = "org.auditbench.core.internal.messages";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control
            .getNoFallbackControl(List.of("java.properties"));

    private Texts() {
    }

    /** The text {@code key} in both languages, with {@code args} filled in. */
    public static LocalizedText both(String key, Object... args) {
        return new LocalizedText(format(Locale.GERMAN, key, args), format(Locale.ENGLISH, key, args));
    }

    /** The text {@code key} in the language of the default locale. */
    public static String text(String key, Object... args) {
        return both(key, args).in(Locale.getDefault());
    }

    /** The text {@code key} in the language of {@code locale} (German or, for anything else, English). */
    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ROOT,
                Texts.class.getClassLoader(), EXACT);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
