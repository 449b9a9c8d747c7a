package org.auditbench.ui.internal.institutions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.auditbench.core.Dates;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.Statement;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.scans.VerdictTexts;
import org.eclipse.osgi.util.NLS;

/**
 * One line of an institution's history as its editor lists it: the latest check of each mail domain,
 * each case with its letters and statements, newest first.
 *
 * @param day the day it happened, null when not known (a letter generated but not sent has its day of writing)
 */
record HistoryEntry(LocalDate day, String what, String detail) {

    /**
     * Reads the history of the stored institution from the store (call it in a job); linked to a copy of
     * it loaded for the purpose, so an editor's object is never touched.
     */
    static List<HistoryEntry> of(AuditStore store, long institutionId) {
        List<HistoryEntry> entries = new ArrayList<>();
        Institution institution = store.institutions().load(institutionId).orElse(null);
        if (institution == null) {
            return entries;
        }
        for (DomainScan scan : store.scanRuns().latestDomainScans(institution)) {
            entries.add(new HistoryEntry(day(scan.getCheckedAt()), Messages.History_scan,
                    scan.getDomainName() + ": " + VerdictTexts.text(InstitutionVerdict.of(List.of(scan)))));
        }
        for (AuditCase auditCase : InstitutionCases.of(store, institution)) {
            String campaign = auditCase.getCampaign().getTitle();
            entries.add(new HistoryEntry(day(auditCase.getCampaign().getCreatedOn()), Messages.History_case,
                    NLS.bind(Messages.History_caseDetail, campaign, AuditbenchItemProviders.literal(auditCase.getState()))));
            for (Letter letter : auditCase.getLetters()) {
                boolean sent = letter.getSentOn() != null;
                entries.add(new HistoryEntry(day(sent ? letter.getSentOn() : letter.getGeneratedAt()), Messages.History_letter,
                        NLS.bind(sent ? Messages.History_letterSent : Messages.History_letterWritten,
                                AuditbenchItemProviders.literal(letter.getKind()), campaign)));
            }
            for (Statement statement : auditCase.getStatements()) {
                entries.add(new HistoryEntry(day(statement.getReceivedOn()), Messages.History_statement,
                        NLS.bind(Messages.History_statementDetail, AuditbenchItemProviders.literal(statement.getKind()), campaign)));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::day, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : Dates.of(date);
    }

    String dayText() {
        return day == null ? "" : AuditbenchItemProviders.date(day);
    }
}
