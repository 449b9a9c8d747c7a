import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the collected "Exchange Server build numbers and release dates" list into the table that the
 * exchange bundle ships (tab-separated, one build a line, ISO dates, product derived from the build).
 *
 * <pre>java releng/tools/ExchangeBuildTable.java [SOURCE.json [TABLE.tsv [ADDED.json]]]</pre>
 *
 * Defaults: releng/data/exchange-builds.json (+ releng/data/exchange-builds-added.json) ->
 * bundles/org.auditbench.scan.exchange/data/exchange-builds.tsv.
 * The added list holds builds newer than the collected list, each with its own {@code source}; it has
 * a {@code state} (the day it was brought up to date) and a {@code source} line of its own, and it may
 * only add builds, never change one. The table's state is the newer of the two.
 * Every correction is a rule below and is written into the row's note, so the table stays facts only:
 * <ul>
 * <li>builds are normalised to integers ("8.2.305.03" is 8.2.305.3); a duplicate keeps the more precise date;</li>
 * <li>a date after the source's own date is a century slip ("April, 2096" for Exchange 4.0): it is moved back
 * 100 years when that lands in Exchange's lifetime, else the row is dropped;</li>
 * <li>the product comes from the build (15.1 is Exchange 2016 whatever the name says); for 2007/2010 the
 * service pack is the build's minor number, a name naming another service pack is a conflicting row and is
 * dropped;</li>
 * <li>within one CU (the first three parts) a later revision must not be older than an earlier one.</li>
 * </ul>
 * Anything the rules do not understand stops the tool with the row named, rather than guessing.
 */
public final class ExchangeBuildTable {

    static final String SOURCE = "Microsoft Learn, \"Exchange Server build numbers and release dates\", "
            + "as collected in github.com/righel/ms-exchange-version-nse (exchange-versions.json)";
    static final LocalDate SOURCE_DATE = LocalDate.of(2026, 8, 20);
    static final int FIRST_EXCHANGE_YEAR = 1996;

    record Row(int[] build, String product, String level, String update, String released, String name,
            String url, String note) {
        String key() {
            return String.join(".", Arrays.stream(build).mapToObj(Integer::toString).toList());
        }
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "releng/data/exchange-builds.json");
        Path out = Path.of(args.length > 1 ? args[1]
                : "bundles/org.auditbench.scan.exchange/data/exchange-builds.tsv");
        Path addedFile = Path.of(args.length > 2 ? args[2] : "releng/data/exchange-builds-added.json");
        Map<String, Object> source = asObject(new Json(Files.readString(in, StandardCharsets.UTF_8)).value(), in.toString());
        List<String> dropped = new ArrayList<>();
        List<Row> rows = clean(source, dropped);
        LocalDate state = SOURCE_DATE;
        String addedSource = null;
        if (Files.exists(addedFile)) {
            Map<String, Object> added = asObject(new Json(Files.readString(addedFile, StandardCharsets.UTF_8)).value(),
                    addedFile.toString());
            state = LocalDate.parse(text(added, "state", addedFile.toString()));
            addedSource = text(added, "source", addedFile.toString());
            rows = add(rows, asObject(added.get("builds"), addedFile + ": builds"), state);
        }
        StringBuilder tsv = new StringBuilder();
        tsv.append("# Exchange Server builds: build -> product, release level, update, release date.\n");
        tsv.append("# Source: ").append(SOURCE).append(", state of ").append(SOURCE_DATE).append(".\n");
        if (addedSource != null) {
            tsv.append("# Source: ").append(addedSource).append(".\n");
        }
        tsv.append("# State: ").append(state).append('\n');
        tsv.append("# Cleaned by releng/tools/ExchangeBuildTable.java; do not edit by hand. Dates: YYYY-MM-DD, or YYYY-MM where the source gives only the month.\n");
        for (String d : dropped) {
            tsv.append("# dropped: ").append(d).append('\n');
        }
        tsv.append("build\tproduct\tlevel\tupdate\treleased\tname\turl\tnote\n");
        for (Row r : rows) {
            tsv.append(String.join("\t", r.key(), r.product(), r.level(), r.update(), r.released(), r.name(),
                    r.url(), r.note())).append('\n');
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        System.out.printf("%d builds written to %s, %d dropped%n", rows.size(), out, dropped.size());
    }

    static List<Row> clean(Map<String, Object> source, List<String> dropped) {
        Map<String, Row> byBuild = new TreeMap<>();
        for (Map.Entry<String, Object> e : source.entrySet()) {
            Map<String, Object> entry = asObject(e.getValue(), e.getKey());
            String where = "entry " + e.getKey();
            int[] build = parseBuild(text(entry, "build", where), where);
            if (!Arrays.equals(build, parseBuild(e.getKey(), where))) {
                throw new IllegalArgumentException(where + ": key and build differ");
            }
            String name = text(entry, "name", where).replaceAll("\\s+", " ").trim();
            List<String> notes = new ArrayList<>();
            String released = releaseDate(text(entry, "release_date", where), where, notes);
            if (released == null) {
                dropped.add(e.getKey() + " (" + name + "): impossible date " + entry.get("release_date"));
                continue;
            }
            String product = product(build, where);
            String named = namedProduct(name);
            if (named != null && !product.endsWith(named)) {
                notes.add("name says Exchange " + named + ", the build is " + product);
            }
            String level = level(build, name, where);
            if (level == null) {
                dropped.add(e.getKey() + " (" + name + "): the name's service pack contradicts the build");
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> urls = (List<Object>) entry.getOrDefault("urls", List.of());
            String url = urls.isEmpty() ? "" : urls.get(0).toString().trim();
            Row row = new Row(build, product, level, update(name), released, name, url, String.join("; ", notes));
            String key = row.key();
            Row earlier = byBuild.get(key);
            if (earlier != null) {
                Row keep = earlier.released().length() >= row.released().length() ? earlier : row;
                Row drop = keep == earlier ? row : earlier;
                dropped.add(e.getKey() + " (" + drop.name() + "): duplicate of " + key);
                row = keep;
            }
            byBuild.put(key, row);
        }
        List<Row> rows = new ArrayList<>(byBuild.values());
        rows.sort(Comparator.comparing(Row::build, Arrays::compare));
        checkOrderWithinCu(rows);
        return sameLevelWithinCu(rows);
    }

    /**
     * Adds the builds of the added list, each noting its source; a build the collected list has already,
     * an impossible date or a missing source stops the tool.
     */
    static List<Row> add(List<Row> rows, Map<String, Object> builds, LocalDate state) {
        Map<String, Row> byBuild = new TreeMap<>();
        rows.forEach(r -> byBuild.put(r.key(), r));
        for (Map.Entry<String, Object> e : builds.entrySet()) {
            String where = "added entry " + e.getKey();
            Map<String, Object> entry = asObject(e.getValue(), where);
            int[] build = parseBuild(text(entry, "build", where), where);
            if (!Arrays.equals(build, parseBuild(e.getKey(), where))) {
                throw new IllegalArgumentException(where + ": key and build differ");
            }
            String name = text(entry, "name", where).trim();
            String released = releaseDate(text(entry, "release_date", where), where, new ArrayList<>(), state);
            if (released == null) {
                throw new IllegalArgumentException(where + ": release date after the list's state " + state);
            }
            String level = level(build, name, where);
            @SuppressWarnings("unchecked")
            List<Object> urls = (List<Object>) entry.getOrDefault("urls", List.of());
            Row row = new Row(build, product(build, where), level, update(name), released, name,
                    urls.isEmpty() ? "" : urls.get(0).toString().trim(), "added; source: " + text(entry, "source", where));
            if (byBuild.putIfAbsent(row.key(), row) != null) {
                throw new IllegalArgumentException(where + ": the collected list has this build already");
            }
        }
        List<Row> all = new ArrayList<>(byBuild.values());
        all.sort(Comparator.comparing(Row::build, Arrays::compare));
        checkOrderWithinCu(all);
        return sameLevelWithinCu(all);
    }

    /**
     * From 2013 on the first three parts name the CU: every build of it carries that CU's level
     * ("Exchange Server 2013 SP1 Mar21SU" is an update of SP1 CU4). Two different CUs in one group stop the tool.
     */
    static List<Row> sameLevelWithinCu(List<Row> rows) {
        Map<String, String> cuOfGroup = new TreeMap<>();
        for (Row r : rows) {
            if (r.build()[0] >= 15 && r.level().contains("CU")) {
                String group = group(r);
                String other = cuOfGroup.putIfAbsent(group, r.level());
                if (other != null && !other.equals(r.level())) {
                    throw new IllegalArgumentException(r.key() + ": level " + r.level() + " but " + group + " is " + other);
                }
            }
        }
        List<Row> result = new ArrayList<>();
        for (Row r : rows) {
            String cu = cuOfGroup.get(group(r));
            boolean inherit = r.build()[0] >= 15 && cu != null && !r.level().equals(cu) && !r.level().equals("Preview");
            result.add(inherit ? new Row(r.build(), r.product(), cu, r.update(), r.released(), r.name(), r.url(),
                    r.note()) : r);
        }
        return result;
    }

    static String group(Row r) {
        return r.build()[0] + "." + r.build()[1] + "." + r.build()[2];
    }

    private static final Pattern DAY = Pattern.compile("([A-Za-z]+) (\\d{1,2}), (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("([A-Za-z]+), (\\d{4})");

    /** ISO date (day or month precision), corrected for century slips; null when impossible. */
    static String releaseDate(String text, String where, List<String> notes) {
        return releaseDate(text, where, notes, SOURCE_DATE);
    }

    /** As above, for a list brought up to date on {@code state}. */
    static String releaseDate(String text, String where, List<String> notes, LocalDate state) {
        String t = text.trim();
        Matcher day = DAY.matcher(t);
        Matcher month = MONTH.matcher(t);
        boolean hasDay = day.matches();
        if (!hasDay && !month.matches()) {
            throw new IllegalArgumentException(where + ": unknown date format '" + text + "'");
        }
        Matcher m = hasDay ? day : month;
        Month mon = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int year = Integer.parseInt(m.group(hasDay ? 3 : 2));
        if (year > state.getYear()) {
            int corrected = year - 100;
            if (corrected < FIRST_EXCHANGE_YEAR) {
                return null;
            }
            notes.add("source date '" + t + "' corrected to " + corrected);
            year = corrected;
        }
        if (hasDay) {
            LocalDate d = LocalDate.of(year, mon, Integer.parseInt(m.group(2)));
            return d.isAfter(state) ? null : d.toString();
        }
        YearMonth ym = YearMonth.of(year, mon);
        return ym.isAfter(YearMonth.from(state)) ? null : ym.toString();
    }

    static int[] parseBuild(String text, String where) {
        String[] parts = text.trim().split("\\.");
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalArgumentException(where + ": build '" + text + "' has not 3 or 4 parts");
        }
        try {
            return Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(where + ": build '" + text + "' is not numeric", ex);
        }
    }

    /** The product a build number belongs to (Microsoft's numbering). */
    static String product(int[] b, String where) {
        String p = switch (b[0] * 100 + b[1]) {
            case 400 -> "Exchange 4.0";
            case 500 -> "Exchange 5.0";
            case 505 -> "Exchange 5.5";
            case 600 -> "Exchange 2000";
            case 605 -> "Exchange 2003";
            case 800, 801, 802, 803 -> "Exchange 2007";
            case 1400, 1401, 1402, 1403 -> "Exchange 2010";
            case 1500 -> "Exchange 2013";
            case 1501 -> "Exchange 2016";
            case 1502 -> b[2] >= 2562 ? "Exchange SE" : "Exchange 2019";
            default -> null;
        };
        if (p == null) {
            throw new IllegalArgumentException(where + ": no Exchange product has builds " + b[0] + "." + b[1]);
        }
        return p;
    }

    private static final Pattern NAMED_PRODUCT = Pattern.compile("Exchange (?:Server|Version) (\\d\\.\\d|\\d{4}|SE)\\b");

    static String namedProduct(String name) {
        Matcher m = NAMED_PRODUCT.matcher(name);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern SP = Pattern.compile("\\bSP(\\d)\\b");
    private static final Pattern CU = Pattern.compile("\\bCU(\\d+)\\b");

    /** RTM / SPn / CUn / Preview; null when the name contradicts the build (2007/2010 SP = minor). */
    static String level(int[] b, String name, String where) {
        if (name.contains("Preview")) {
            return "Preview";
        }
        Matcher sp = SP.matcher(name);
        if (b[0] == 8 || b[0] == 14) {
            String fromBuild = b[1] == 0 ? "RTM" : "SP" + b[1];
            if (sp.find() && !("SP" + sp.group(1)).equals(fromBuild)) {
                return null;
            }
            return fromBuild;
        }
        Matcher cu = CU.matcher(name);
        if (cu.find()) {
            return (sp.find() ? "SP" + sp.group(1) + " " : "") + "CU" + cu.group(1);
        }
        if (name.matches(".*\\bPost[ -]SP\\d.*")) {
            return name.replaceAll(".*\\bPost[ -](SP\\d).*", "Post $1");
        }
        if (sp.find()) {
            return "SP" + sp.group(1);
        }
        return "RTM";
    }

    private static final Pattern SU = Pattern.compile("\\b([A-Z][a-z]{2}\\d{2}(?:SU|HU)(?:v\\d)?)\\b");
    private static final Pattern KB = Pattern.compile("\\+\\s*(KB\\d+(?:v\\d)?)");
    private static final Pattern ROLLUP = Pattern.compile("(?:Update Rollup (\\d+)|\\bRU(\\d+))(?:[ -]?(v\\d))?");

    /** The security update / hotfix / update rollup on top of the level, or empty. */
    static String update(String name) {
        Matcher m = SU.matcher(name);
        if (m.find()) {
            return m.group(1);
        }
        m = KB.matcher(name);
        if (m.find()) {
            return m.group(1);
        }
        m = ROLLUP.matcher(name);
        if (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return "RU" + n + (m.group(3) != null ? " " + m.group(3) : "");
        }
        return "";
    }

    static void checkOrderWithinCu(List<Row> rows) {
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1);
            Row b = rows.get(i);
            if (Arrays.equals(Arrays.copyOf(a.build(), 3), Arrays.copyOf(b.build(), 3))
                    && earliest(b.released()).isBefore(earliest(a.released()).withDayOfMonth(1))) {
                throw new IllegalArgumentException(b.key() + " (" + b.released() + ") is dated before " + a.key()
                        + " (" + a.released() + ") of the same CU");
            }
        }
    }

    static LocalDate earliest(String iso) {
        return iso.length() == 7 ? YearMonth.parse(iso).atDay(1) : LocalDate.parse(iso);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object o, String where) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(where + ": expected a JSON object");
        }
        return (Map<String, Object>) o;
    }

    static String text(Map<String, Object> o, String field, String where) {
        Object v = o.get(field);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(where + ": field '" + field + "' missing or not text");
        }
        return s;
    }
}
