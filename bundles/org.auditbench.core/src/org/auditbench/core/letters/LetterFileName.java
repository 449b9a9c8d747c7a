package org.auditbench.core.letters;

import java.text.Normalizer;

import org.auditbench.core.FileNumberPattern;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;

/**
 * The file name of a letter: the case's file number (Aktenzeichen, or the case number when there is none) and
 * the institution, umlauts written out as a German reader expects ({@code 2021-EX-017_Caritasverband-Koeln.pdf});
 * a reminder ends in {@code _Erinnerung}. Safe on every file system: letters, digits, '-' and '_' only.
 */
public final class LetterFileName {

    private static final int MAX_NAME = 60;

    private LetterFileName() {
    }

    public static String of(AuditCase auditCase, LetterKind kind, String extension) {
        Institution institution = auditCase.getInstitution();
        String number = FileNumberPattern.of(auditCase);
        String prefix = number == null ? "Fall-" + auditCase.getId() : words(number);
        String name = words(institution.getName());
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return prefix + "_" + name + (kind == LetterKind.REMINDER ? "_Erinnerung" : "") + "." + extension;
    }

    /** "Bischöfliche Schule Große Straße" -> "Bischoefliche-Schule-Grosse-Strasse". */
    static String words(String text) {
        String spelled = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "ohne-Namen" : safe;
    }
}
