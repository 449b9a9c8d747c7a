package org.auditbench.core.gaps;

import java.util.Optional;

import org.auditbench.model.MailServerKind;
import org.auditbench.model.StatementKind;

/** The institution confirms Microsoft 365, but the scan found an Exchange server of its own. */
public final class Microsoft365ContradictsScan implements GapRule {

    public static final String ID = "m365-contradicts-scan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        boolean confirmed = facts.statement().getKind() == StatementKind.MICROSOFT_365_CONFIRMED;
        return confirmed && facts.scannedKinds().contains(MailServerKind.EXCHANGE_ONPREM) ? Optional.of(Gap.of(ID))
                : Optional.empty();
    }
}
