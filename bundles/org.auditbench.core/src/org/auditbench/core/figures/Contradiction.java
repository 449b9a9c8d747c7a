package org.auditbench.core.figures;

import java.time.LocalDate;

/**
 * "Claimed vs measured": the statement received on {@code claimedOn} says {@code claim}, while the
 * institution's latest scan, of {@code scannedOn}, found {@code measured}.
 */
public record Contradiction(Claim claim, LocalDate claimedOn, Phase1Finding measured, LocalDate scannedOn) {
}
