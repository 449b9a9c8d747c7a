package org.auditbench.store.internal;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Identifiable;
import org.auditbench.model.Institution;

/** Stored objects named the way an auditor recognises them in a message. */
final class Subjects {

    private Subjects() {
    }

    static String describe(Identifiable object) {
        String name = switch (object) {
            case Institution institution -> institution.getName();
            case Campaign campaign -> campaign.getTitle();
            case AuditCase auditCase when auditCase.getInstitution() != null -> auditCase.getInstitution().getName();
            default -> null;
        };
        String kind = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return "the " + kind + " #" + object.getId() + (name == null ? "" : " '" + name + "'");
    }
}
