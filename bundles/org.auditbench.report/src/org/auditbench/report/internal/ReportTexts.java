package org.auditbench.report.internal;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The labels of the built-in reports in German and English ({@code labels.properties} English,
 * {@code labels_de.properties} German). A report's language is chosen per run (the workbench's language
 * or the command line's locale; tests render both in one runtime), so the bundle is looked up per locale
 * rather than bound once like Eclipse NLS classes. Designs read the labels from the application context
 * under {@link #CONTEXT_KEY} with their script function {@code label(key)}.
 */
public final class ReportTexts {

    public static final String CONTEXT_KEY = "labels";
    private static final String BUNDLE = "org.auditbench.report.internal.labels";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private ReportTexts() {
    }

    /** German for German, English for everything else. */
    public static boolean german(Locale locale) {
        return locale.getLanguage().equals("de");
    }

    /**
     * The locale BIRT formats with: Germany for German, the United Kingdom for English, so dates read
     * "01.12.2026" or "1 Dec 2026" and never month first.
     */
    public static Locale printing(Locale locale) {
        return german(locale) ? Locale.GERMANY : Locale.UK;
    }

    /** Every label in the language of {@code locale}. */
    public static Map<String, String> labels(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Map<String, String> labels = new HashMap<>();
        for (String key : bundle.keySet()) {
            labels.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(labels);
    }

    /** One label, with {@code args} filled in. */
    public static String label(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), printing(locale)).format(args);
    }

    /** Whether there is a label {@code key} (an audit trail's step has one, a step a later version adds may not). */
    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, german(locale) ? Locale.GERMAN : Locale.ROOT, ReportTexts.class.getClassLoader(),
                EXACT);
    }
}
