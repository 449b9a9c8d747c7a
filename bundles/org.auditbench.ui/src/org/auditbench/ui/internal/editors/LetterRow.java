package org.auditbench.ui.internal.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Letter;

/** One row of the Letters page: a letter of a case, or (letter null) a case that has none yet. */
record LetterRow(AuditCase auditCase, Letter letter) {

    static List<LetterRow> of(CampaignData data) {
        List<LetterRow> rows = new ArrayList<>();
        for (AuditCase auditCase : data.campaign().getCases()) {
            if (auditCase.getLetters().isEmpty()) {
                rows.add(new LetterRow(auditCase, null));
            }
            auditCase.getLetters().forEach(letter -> rows.add(new LetterRow(auditCase, letter)));
        }
        return rows;
    }

    /** The letter's file, when one was written. */
    Path file() {
        return letter == null || letter.getDocumentName() == null ? null : Path.of(letter.getDocumentName());
    }
}
