package org.auditbench.core.letters;

import java.time.LocalDate;

import org.auditbench.core.CampaignTemplate;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;

/**
 * Everything one letter says, as the workflow decided it.
 *
 * @param result the Phase 1 result the request letter reports (a reminder refers to the first letter instead)
 * @param firstLetter for a reminder, the request letter that went unanswered; null for a request
 */
public record LetterOrder(LetterKind kind, CampaignTemplate template, AuditCase auditCase, Phase1Result result,
        LocalDate letterDate, LocalDate deadline, Letter firstLetter) {

    public Institution institution() {
        return auditCase.getInstitution();
    }
}
