package org.auditbench.core.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.auditbench.core.LocalizedText;
import org.auditbench.core.internal.Texts;
import org.auditbench.model.CaseState;
import org.auditbench.model.LetterKind;

/**
 * What one run of letters did: the letters written, the cases that waited for one but got none (with the
 * reason), and how many cases stood elsewhere in their life, so that "0 letters written" always says why.
 *
 * @param elsewhere cases that did not wait for this kind of letter, by state
 */
public record LetterRun(LetterKind kind, LocalDate letterDate, Path directory, List<WrittenLetter> written,
        List<SkippedCase> skipped, Map<CaseState, Long> elsewhere) {

    /** One line per skipped case: "case 12, Pfarrei X: no letter: ...". */
    public List<String> skippedLines(Locale locale) {
        List<String> lines = new ArrayList<>();
        for (SkippedCase skip : skipped) {
            lines.add(Texts.format(locale, "letter.skipped", String.valueOf(skip.auditCase().getId()),
                    skip.auditCase().getInstitution().getName(), skip.reason().in(locale)));
        }
        return lines;
    }

    /** "3 letter(s) written to DIR", or "0 letters written: " with the reasons. */
    public String summary(Locale locale) {
        String where = String.valueOf(directory);
        if (!written.isEmpty()) {
            return skipped.isEmpty() ? Texts.format(locale, "letters.written", written.size(), where)
                    : Texts.format(locale, "letters.writtenSome", written.size(), where, skipped.size());
        }
        List<String> reasons = new ArrayList<>();
        if (!skipped.isEmpty()) {
            reasons.add(Texts.format(locale, "letters.unusable", skipped.size()));
        }
        if (!elsewhere.isEmpty()) {
            reasons.add(Texts.format(locale, "letters.nothingWaiting." + kind.getName(), states(locale), String.valueOf(letterDate)));
        }
        if (reasons.isEmpty()) {
            reasons.add(Texts.format(locale, "letters.noCases"));
        }
        return Texts.format(locale, "letters.none", String.join("; ", reasons));
    }

    /** The summary in German and English, for the workbench. */
    public LocalizedText summary() {
        return new LocalizedText(summary(Locale.GERMAN), summary(Locale.ENGLISH));
    }

    private String states(Locale locale) {
        List<String> counts = new ArrayList<>();
        elsewhere.forEach((state, count) -> counts.add(Texts.format(locale, "letters.stateCount", count,
                Texts.format(locale, "state." + state.getName()))));
        return String.join(", ", counts);
    }
}
