package org.auditbench.ui.internal.campaigns;

import org.auditbench.core.MemberSelection;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.auditbench.ui.members.sampled} (a campaign has its members drawn) and
 * {@code org.auditbench.ui.members.removable} (a case may still leave its campaign): Draw Sample and
 * Remove Case are disabled where the workflow would refuse them.
 */
public final class CampaignTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return switch (property) {
        case "sampled" -> receiver instanceof Campaign campaign && campaign.getSelectionRule() != null;
        case "removable" -> receiver instanceof AuditCase auditCase && MemberSelection.removable(auditCase);
        default -> false;
        };
    }
}
