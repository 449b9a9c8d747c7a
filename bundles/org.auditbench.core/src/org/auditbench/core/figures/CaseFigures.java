package org.auditbench.core.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.core.gaps.Gap;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Statement;

/**
 * Where one case of a campaign stands: its Phase 1 finding with the day of the scan it rests on, the
 * providers its mail servers are hosted at, the deadline and whether it has passed, the latest statement
 * with the gaps the rules find in it, a contradiction between statement and scan, and open follow-ups.
 *
 * @param scannedOn the day of the newest scan the finding rests on, empty when not scanned
 * @param providers "organisation (ASn)" of every address, sorted
 */
public record CaseFigures(AuditCase auditCase, Phase1Finding finding, Optional<LocalDate> scannedOn, Set<String> providers,
        Optional<LocalDate> deadline, boolean overdue, Optional<Statement> latestStatement, List<Gap> gaps,
        Optional<Contradiction> contradiction, int openFollowUps) {
}
