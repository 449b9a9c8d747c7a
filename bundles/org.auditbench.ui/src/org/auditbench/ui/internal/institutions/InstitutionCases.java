package org.auditbench.ui.internal.institutions;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.store.AuditStore;

/**
 * The audit cases an institution is part of, over all campaigns, each with its campaign, letters and
 * statements. Read campaign by campaign, linked to the given institution (a copy loaded for the purpose:
 * an editor's object is never touched).
 */
final class InstitutionCases {

    private InstitutionCases() {
    }

    static List<AuditCase> of(AuditStore store, Institution copy) {
        List<AuditCase> cases = new ArrayList<>();
        for (Campaign listed : store.campaigns().list()) {
            store.campaigns().load(listed.getId(), List.of(copy)).ifPresent(campaign -> campaign.getCases().stream()
                    .filter(auditCase -> auditCase.getInstitution() == copy).forEach(cases::add));
        }
        return cases;
    }
}
