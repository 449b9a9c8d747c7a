package org.auditbench.scan.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.auditbench.scan.ScanSettings;

/**
 * Which build table a scan uses: one an authority imported into its data directory (a newer table
 * without a new release), else the shipped one. The scan names the imported file with the option
 * {@link #OPTION}.
 */
public final class BuildTables {

    /** The scan option naming an imported table file. */
    public static final String OPTION = "exchange.buildTable";
    /** The imported table's name in the data directory. */
    public static final String FILE_NAME = "exchange-builds.tsv";
    /** A table older than this (on the day judged) may miss updates: the scan warns. */
    public static final int MAX_AGE_DAYS = 90;

    private record Loaded(Path file, FileTime modified, BuildTable table) {
    }

    private static volatile Loaded last;

    private BuildTables() {
    }

    /** The table of a scan: the imported file its settings name, else the shipped one. */
    public static BuildTable of(ScanSettings settings) {
        String file = settings.options().get(OPTION);
        return file == null ? BuildTable.shipped() : load(Path.of(file));
    }

    /** The imported table of a data directory, if there is one. */
    public static Optional<Path> imported(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The settings with the data directory's imported table, when it has one that is not older than the
     * shipped one (a new release brings a newer table than one imported before it).
     */
    public static ScanSettings withImported(ScanSettings settings, Path dataDirectory) {
        Optional<Path> file = imported(dataDirectory);
        if (file.isEmpty() || load(file.get()).state().isBefore(BuildTable.shipped().state())) {
            return settings;
        }
        return settings.withOption(OPTION, file.get().toAbsolutePath().toString());
    }

    /**
     * Checks {@code file} as a whole and only then puts it into the data directory in one move, so a
     * refused file leaves the table in use as it was.
     *
     * @throws IllegalArgumentException naming the line that is wrong, or when the file is older than
     *         the table in use
     */
    public static BuildTable importInto(Path dataDirectory, Path file) throws IOException {
        BuildTable table = BuildTable.read(file);
        BuildTable inUse = of(withImported(ScanSettings.defaults(), dataDirectory));
        if (table.state().isBefore(inUse.state())) {
            throw new IllegalArgumentException(file + ": state " + table.state() + " is older than the table in use (state "
                    + inUse.state() + ")");
        }
        Files.createDirectories(dataDirectory);
        Path temp = Files.createTempFile(dataDirectory, FILE_NAME, ".part");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, dataDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return table;
    }

    /** How many days the table's state lies before {@code day}. */
    public static long ageInDays(BuildTable table, LocalDate day) {
        return ChronoUnit.DAYS.between(table.state(), day);
    }

    public static boolean stale(BuildTable table, LocalDate day) {
        return ageInDays(table, day) > MAX_AGE_DAYS;
    }

    /** Read once per file version: every check of a scan asks for it. */
    private static BuildTable load(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Loaded known = last;
            if (known != null && known.file().equals(file) && known.modified().equals(modified)) {
                return known.table();
            }
            BuildTable table = BuildTable.read(file);
            last = new Loaded(file, modified, table);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build table " + file + ": " + e.getMessage(), e);
        }
    }
}
