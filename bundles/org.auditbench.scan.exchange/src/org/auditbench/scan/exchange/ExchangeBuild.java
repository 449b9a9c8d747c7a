package org.auditbench.scan.exchange;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Exchange build number such as 15.2.1118.20. Seen from outside it may lack the revision (the
 * {@code /owa/auth/15.2.1118/} path names only the cumulative update): then {@link #revision()} is
 * {@link #UNKNOWN_REVISION}.
 */
public record ExchangeBuild(int major, int minor, int build, int revision) implements Comparable<ExchangeBuild> {

    public static final int UNKNOWN_REVISION = -1;

    private static final Pattern TEXT = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,5})(?:\\.(\\d{1,5}))?");
    private static final Comparator<ExchangeBuild> ORDER = Comparator.comparingInt(ExchangeBuild::major)
            .thenComparingInt(ExchangeBuild::minor).thenComparingInt(ExchangeBuild::build)
            .thenComparingInt(ExchangeBuild::revision);

    /** "15.1.2176.2" or "15.1.2176"; leading zeros are allowed ("15.01.2176.009"). */
    public static Optional<ExchangeBuild> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int revision = m.group(4) == null ? UNKNOWN_REVISION : Integer.parseInt(m.group(4));
        return Optional.of(new ExchangeBuild(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), revision));
    }

    public boolean hasRevision() {
        return revision != UNKNOWN_REVISION;
    }

    /** The cumulative update (or service pack for 2007/2010) this build belongs to: the first three parts. */
    public ExchangeBuild cumulativeUpdate() {
        return new ExchangeBuild(major, minor, build, UNKNOWN_REVISION);
    }

    public boolean sameCumulativeUpdate(ExchangeBuild other) {
        return major == other.major && minor == other.minor && build == other.build;
    }

    public boolean sameProductLine(ExchangeBuild other) {
        return major == other.major && minor == other.minor;
    }

    /** Exchange 2003, 2007 and 2010 get no security updates any more. */
    public boolean outOfSupport() {
        return major < 15;
    }

    @Override
    public int compareTo(ExchangeBuild o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + build + (hasRevision() ? "." + revision : "");
    }
}
