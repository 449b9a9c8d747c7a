package org.auditbench.core;

import java.util.Locale;

/** A user text in German (the letters' language, always present) and English. */
public record LocalizedText(String german, String english) {

    /** The text for {@code locale}: English when asked for English and present, otherwise German. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && english != null ? english : german;
    }
}
