package org.auditbench.core.gaps;

import java.util.Optional;

import org.auditbench.model.MailServerKind;
import org.auditbench.model.StatementKind;

/**
 * The institution says it uses no Exchange "on premises or hosted", but the scan saw Exchange: its own
 * server or Microsoft 365 (which is hosted Exchange).
 */
public final class NoExchangeContradictsScan implements GapRule {

    public static final String ID = "no-exchange-contradicts-scan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Gap> check(StatementFacts facts) {
        if (facts.statement().getKind() != StatementKind.NO_EXCHANGE) {
            return Optional.empty();
        }
        for (MailServerKind kind : new MailServerKind[] { MailServerKind.EXCHANGE_ONPREM, MailServerKind.MICROSOFT_365 }) {
            if (facts.scannedKinds().contains(kind)) {
                return Optional.of(Gap.of(ID, kind.getName()));
            }
        }
        return Optional.empty();
    }
}
