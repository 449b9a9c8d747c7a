package org.auditbench.scan.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Microsoft's "Exchange Server build numbers and release dates" as shipped in {@code data/exchange-builds.tsv}
 * (cleaned by {@code releng/tools/ExchangeBuildTable.java}). The loader is strict: a row it does not
 * understand stops it with the line named, so a damaged table can never quietly turn into verdicts.
 */
public final class BuildTable {

    static final String RESOURCE = "/data/exchange-builds.tsv";
    private static final String HEADER = "build\tproduct\tlevel\tupdate\treleased\tname\turl\tnote";
    private static volatile BuildTable shipped;

    private final NavigableMap<ExchangeBuild, BuildRelease> releases;
    private final String source;
    private final LocalDate state;

    private BuildTable(NavigableMap<ExchangeBuild, BuildRelease> releases, String source, LocalDate state) {
        this.releases = Collections.unmodifiableNavigableMap(releases);
        this.source = source;
        this.state = state;
    }

    /** The table shipped with this bundle. */
    public static BuildTable shipped() {
        BuildTable table = shipped;
        if (table == null) {
            try (InputStream in = BuildTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("build table " + RESOURCE + " is missing from the bundle");
                }
                table = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            shipped = table;
        }
        return table;
    }

    /** Reads a table file in the shipped format (UTF-8); errors name the file and line. */
    public static BuildTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a table in the shipped format: comment lines, among them {@code # Source: } (where the rows
     * come from) and {@code # State: YYYY-MM-DD} (the day the table was last brought up to date), then the
     * header and one build a line.
     *
     * @param where names the input in error messages
     * @throws IllegalArgumentException naming the line when a row is malformed, a date impossible or a
     *         build duplicated, or when the source or the state is missing
     */
    public static BuildTable read(Reader reader, String where) throws IOException {
        NavigableMap<ExchangeBuild, BuildRelease> rows = new TreeMap<>();
        StringBuilder source = new StringBuilder();
        LocalDate state = null;
        BufferedReader in = new BufferedReader(reader);
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String at = where + ":" + lineNo;
            if (line.startsWith("# Source: ")) {
                source.append(source.isEmpty() ? "" : " ").append(line.substring("# Source: ".length()));
            } else if (line.startsWith("# State: ")) {
                state = stateLine(line.substring("# State: ".length()), at);
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(at + ": expected the header '" + HEADER + "'");
                }
                header = true;
            } else {
                BuildRelease r = row(line, at);
                if (rows.put(r.build(), r) != null) {
                    throw new IllegalArgumentException(at + ": build " + r.build() + " appears twice");
                }
            }
        }
        if (rows.isEmpty() || source.isEmpty()) {
            throw new IllegalArgumentException(where + ": no source line or no builds");
        }
        if (state == null) {
            throw new IllegalArgumentException(where + ": no line '# State: YYYY-MM-DD' saying how current the table is");
        }
        return new BuildTable(rows, source.toString(), state);
    }

    private static LocalDate stateLine(String text, String at) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at + ": state '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static BuildRelease row(String line, String at) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException(at + ": expected 8 tab-separated fields, found " + f.length);
        }
        ExchangeBuild build = ExchangeBuild.parse(f[0])
                .orElseThrow(() -> new IllegalArgumentException(at + ": '" + f[0] + "' is no build number"));
        if (f[1].isBlank() || f[2].isBlank()) {
            throw new IllegalArgumentException(at + ": product or level missing");
        }
        try {
            boolean dayKnown = f[4].length() == 10;
            LocalDate released = dayKnown ? LocalDate.parse(f[4]) : YearMonth.parse(f[4]).atDay(1);
            if (released.getYear() < 1996) {
                throw new IllegalArgumentException(at + ": release date " + f[4] + " is before Exchange existed");
            }
            return new BuildRelease(build, f[1], f[2], f[3], released, dayKnown);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at + ": release date '" + f[4] + "' is not YYYY-MM-DD or YYYY-MM", e);
        }
    }

    /** Where the table comes from and its state, for the evidence. */
    public String source() {
        return source;
    }

    /** The day the table was last brought up to date. */
    public LocalDate state() {
        return state;
    }

    public int size() {
        return releases.size();
    }

    public List<BuildRelease> all() {
        return List.copyOf(releases.values());
    }

    /** The row of exactly this build. */
    public Optional<BuildRelease> release(ExchangeBuild build) {
        return Optional.ofNullable(releases.get(build));
    }

    /** The rows of the build's cumulative update, oldest revision first. */
    public List<BuildRelease> cumulativeUpdate(ExchangeBuild build) {
        List<BuildRelease> rows = new ArrayList<>();
        for (BuildRelease r : releases.tailMap(build.cumulativeUpdate(), true).values()) {
            if (!r.build().sameCumulativeUpdate(build)) {
                break;
            }
            rows.add(r);
        }
        return rows;
    }

    /** The best description of a build: its own row, else its cumulative update's first row. */
    public Optional<BuildRelease> describe(ExchangeBuild build) {
        Optional<BuildRelease> exact = release(build);
        if (exact.isPresent()) {
            return exact;
        }
        List<BuildRelease> cu = cumulativeUpdate(build);
        return cu.isEmpty() ? Optional.empty() : Optional.of(cu.get(0));
    }

    /** The build as the auditor reads it: "15.1.2176.9 = Exchange 2016 CU19 Mar21SU (2021-03-02)". */
    public String explain(ExchangeBuild build) {
        return build + describe(build).map(r -> " = " + r.describe()).orElse(" (not in the build table)");
    }

    /**
     * Whether a build contains the fix released on {@code fixReleased}. Exchange updates are cumulative:
     * within one cumulative update every revision from the first one released on or after the fix day
     * contains it; every revision up to the last one released before that day lacks it. A build without
     * revision is fixed only when its whole cumulative update came out after the fix, and unfixed only when
     * no update of it ever carried the fix. A build of a cumulative update newer than every known one is
     * fixed when the newest known build is. Anything else is {@link FixState#UNKNOWN}.
     */
    public FixState fixState(ExchangeBuild build, LocalDate fixReleased) {
        List<BuildRelease> cu = cumulativeUpdate(build);
        if (cu.isEmpty()) {
            BuildRelease newestOfLine = newestOfProductLine(build);
            boolean newer = newestOfLine != null && build.compareTo(newestOfLine.build()) > 0;
            return newer && !newestOfLine.earliest().isBefore(fixReleased) ? FixState.FIXED : FixState.UNKNOWN;
        }
        BuildRelease firstFixed = null;
        BuildRelease lastUnfixed = null;
        for (BuildRelease r : cu) {
            if (firstFixed == null && !r.earliest().isBefore(fixReleased)) {
                firstFixed = r;
            }
            if (r.latest().isBefore(fixReleased)) {
                lastUnfixed = r;
            }
        }
        if (!build.hasRevision()) {
            if (lastUnfixed == null && firstFixed != null) {
                return FixState.FIXED;
            }
            return firstFixed == null && lastUnfixed != null && lastUnfixed == cu.get(cu.size() - 1)
                    ? FixState.NOT_FIXED : FixState.UNKNOWN;
        }
        if (firstFixed != null && build.revision() >= firstFixed.build().revision()) {
            return FixState.FIXED;
        }
        if (lastUnfixed != null && build.revision() <= lastUnfixed.build().revision()) {
            return FixState.NOT_FIXED;
        }
        return FixState.UNKNOWN;
    }

    private BuildRelease newestOfProductLine(ExchangeBuild build) {
        BuildRelease newest = null;
        for (BuildRelease r : releases.values()) {
            if (r.build().sameProductLine(build)) {
                newest = r;
            }
        }
        return newest;
    }
}
