package org.auditbench.ui.internal.editors;

import org.auditbench.model.Campaign;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Saves what the campaign editor changes onto the campaign as stored now: the editor's copy may be
 * older than letters sent or statements recorded meanwhile, which must not be written back over.
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
        store.campaigns().save(stored);
    }
}
