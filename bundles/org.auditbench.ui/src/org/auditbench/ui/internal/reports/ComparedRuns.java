package org.auditbench.ui.internal.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.auditbench.model.ScanRun;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.osgi.util.NLS;

/**
 * The scan runs of a campaign a report may compare, oldest first, as the Run Report dialog offers them
 * ("#12 of 1 Dec 2026, 14:03"); the default pair is the last two, as on the command line.
 */
final class ComparedRuns {

    private final List<ScanRun> runs;

    private ComparedRuns(List<ScanRun> runs) {
        this.runs = runs;
    }

    /** The campaign's runs as the store lists them (without their findings). */
    static ComparedRuns ofCampaign(long campaignId) {
        return new ComparedRuns(WorkbenchStore.get().scanRuns().list().stream()
                .filter(r -> r.getCampaign() != null && r.getCampaign().getId() == campaignId).toList());
    }

    int size() {
        return runs.size();
    }

    long id(int index) {
        return runs.get(index).getId();
    }

    List<String> labels() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
        return runs.stream().map(r -> r.getStartedAt() == null ? "#" + r.getId()
                : NLS.bind(Messages.RunReport_runLabel, r.getId(), format.format(r.getStartedAt().toInstant()))).toList();
    }
}
