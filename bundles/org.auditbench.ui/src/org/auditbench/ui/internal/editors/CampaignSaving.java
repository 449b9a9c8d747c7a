package org.auditbench.ui.internal.editors;

import org.auditbench.model.Campaign;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Saves what the campaign editor changes onto the campaign as stored now: the editor's copy may be
 * older than letters sent or statements recorded meanwhile, which must not be written back over. The
 * campaign's own row is saved from the version the editor read, so another auditor's newer save of it
 * is refused ({@link org.auditbench.store.SaveConflictException}) rather than overwritten.
 */
final class CampaignSaving {

    private CampaignSaving() {
    }

    static void save(AuditStore store, Campaign edited) {
        Campaign stored = store.campaigns().load(edited.getId())
                .orElseThrow(() -> new StoreException("campaign " + edited.getId() + " no longer exists"));
        for (EAttribute attribute : CampaignEditor.EDITED) {
            stored.eSet(attribute, edited.eGet(attribute));
        }
        stored.setRowVersion(edited.getRowVersion());
        store.campaigns().save(stored);
        edited.setRowVersion(stored.getRowVersion());
    }
}
