package org.auditbench.cli.internal.scan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.exchange.BuildTable;
import org.auditbench.scan.exchange.BuildTables;

/**
 * What a scan of the command line judges against, fixed before it starts and recorded with the run: the
 * day judged on (today unless {@code --date} names one) and the build table (the one imported into the
 * data directory when it is newer than the shipped one). Warns when that table is older than
 * {@value BuildTables#MAX_AGE_DAYS} days on the day judged.
 */
public final class ScanDay {

    private ScanDay() {
    }

    /** The settings with the day judged (today when not set) and the imported build table; warns on {@code err}. */
    public static ScanSettings complete(ScanSettings settings, Path dataDirectory, PrintStream err) {
        ScanSettings complete = settings.options().containsKey(ScanSettings.JUDGED_ON) ? settings
                : settings.withJudgedOn(LocalDate.now());
        complete = BuildTables.withImported(complete, dataDirectory);
        BuildTable table = BuildTables.of(complete);
        if (BuildTables.stale(table, complete.judgedOn())) {
            err.println("auditbench scan: warning: the Exchange build table (state " + table.state() + ") is "
                    + BuildTables.ageInDays(table, complete.judgedOn()) + " days old on " + complete.judgedOn()
                    + ": later updates are unknown to it; load a newer one with 'auditbench builds import FILE'");
        }
        return complete;
    }
}
